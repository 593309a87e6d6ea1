package io.abacus.wallet.vault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.wallet.keystore.Scrypt;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.vault.VaultException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The encrypted envelope of a wallet file, format {@code abacus-wallet} version 1: JSON with the
 * scrypt parameters and salt, an AES-256-GCM nonce and ciphertext, and a password check value (an
 * HMAC of a constant under the derived key) that tells a wrong password from a damaged file. The
 * header is bound to the ciphertext as GCM associated data.
 */
final class VaultFile {
  static final String FORMAT = "abacus-wallet";
  static final int VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] CHECK_LABEL =
      "abacus-wallet password check".getBytes(StandardCharsets.US_ASCII);

  private VaultFile() {}

  /** The parsed, still encrypted file. */
  record Sealed(VaultKdf kdf, byte[] salt, byte[] nonce, byte[] check, byte[] ciphertext) {
    byte[] aad() {
      return (FORMAT
              + "/"
              + VERSION
              + "|scrypt|"
              + kdf.n()
              + "|"
              + kdf.r()
              + "|"
              + kdf.p()
              + "|"
              + HEX.formatHex(salt))
          .getBytes(StandardCharsets.US_ASCII);
    }
  }

  /** Derives the 32-byte file key from a password (the slow step). Wipe the result. */
  static byte[] deriveKey(byte[] password, VaultKdf kdf, byte[] salt) {
    return Scrypt.derive(password, salt, kdf.n(), kdf.r(), kdf.p(), 32);
  }

  static byte[] check(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(CHECK_LABEL);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is missing from this Java runtime", e);
    }
  }

  static boolean passwordMatches(Sealed sealed, byte[] key) {
    return MessageDigest.isEqual(check(key), sealed.check());
  }

  static byte[] seal(byte[] plaintext, byte[] key, VaultKdf kdf, byte[] salt, SecureRandom random) {
    byte[] nonce = new byte[12];
    random.nextBytes(nonce);
    Sealed header = new Sealed(kdf, salt, nonce, check(key), new byte[0]);
    byte[] ciphertext = gcm(Cipher.ENCRYPT_MODE, key, header, plaintext);
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT).put("version", VERSION);
    root.putObject("kdf")
        .put("name", "scrypt")
        .put("n", kdf.n())
        .put("r", kdf.r())
        .put("p", kdf.p())
        .put("salt", HEX.formatHex(salt));
    root.putObject("cipher").put("name", "aes-256-gcm").put("nonce", HEX.formatHex(nonce));
    root.put("check", HEX.formatHex(header.check()));
    root.put("ciphertext", HEX.formatHex(ciphertext));
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Decrypts with an already checked key.
   *
   * @throws VaultException CORRUPT if the ciphertext fails authentication
   */
  static byte[] open(Sealed sealed, byte[] key) {
    return gcm(Cipher.DECRYPT_MODE, key, sealed, sealed.ciphertext());
  }

  static Sealed parse(byte[] file) {
    try {
      JsonNode root = JSON.readTree(file);
      if (root == null || !FORMAT.equals(root.path("format").asText())) {
        throw corrupt("not an Abacus wallet file");
      }
      int version = root.path("version").asInt(-1);
      if (version != VERSION) {
        throw corrupt(
            "wallet file version " + version + " is not supported by this Abacus (update it)");
      }
      JsonNode kdf = root.path("kdf");
      if (!"scrypt".equals(kdf.path("name").asText())
          || !"aes-256-gcm".equals(root.path("cipher").path("name").asText())) {
        throw corrupt("unsupported wallet file cipher or kdf");
      }
      return new Sealed(
          new VaultKdf(kdf.path("n").asInt(), kdf.path("r").asInt(), kdf.path("p").asInt()),
          hex(kdf.path("salt")),
          hex(root.path("cipher").path("nonce")),
          hex(root.path("check")),
          hex(root.path("ciphertext")));
    } catch (IOException | IllegalArgumentException e) {
      throw corrupt("the wallet file is damaged (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static byte[] gcm(int mode, byte[] key, Sealed header, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, header.nonce()));
      cipher.updateAAD(header.aad());
      return cipher.doFinal(input);
    } catch (AEADBadTagException e) {
      throw corrupt("the wallet file is damaged: its content fails authentication");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is missing from this Java runtime", e);
    }
  }

  private static byte[] hex(JsonNode node) {
    if (!node.isTextual()) {
      throw new IllegalArgumentException("missing field");
    }
    return HEX.parseHex(node.asText());
  }

  private static VaultException corrupt(String message) {
    return new VaultException(Reason.CORRUPT, message);
  }

  static void wipe(byte[] a) {
    SecretBytes.wipe(a);
  }
}
