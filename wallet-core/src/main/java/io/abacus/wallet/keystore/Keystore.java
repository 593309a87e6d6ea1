package io.abacus.wallet.keystore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.hash.Keccak256;
import io.abacus.wallet.keystore.KeystoreException.Reason;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.signing.Secp256k1;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Web3 Secret Storage v3 files, as geth, MetaMask and most wallets export a single key: scrypt or
 * PBKDF2-HMAC-SHA256, AES-128-CTR, Keccak-256 MAC. Reading accepts {@code Crypto} as well as {@code
 * crypto} (older geth). Passwords are written as the UTF-8 bytes the user typed (as geth does);
 * reading tries those bytes, then their NFKC form (ethers and MetaMask normalise to NFKC), so a
 * file from either opens with the password as typed.
 */
public final class Keystore {
  /** The largest keystore file accepted, in characters (real ones have under 1 KiB). */
  public static final int MAX_CHARS = 64 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HexFormat HEX = HexFormat.of();
  private static final int DKLEN = 32;

  private final SecureRandom random;

  /** A keystore writer drawing salts, IVs and ids from {@code random}. */
  public Keystore(SecureRandom random) {
    this.random = random;
  }

  /**
   * Encrypts a 32-byte private key into a v3 JSON document. The caller keeps (and wipes) its
   * arrays.
   *
   * @throws IllegalArgumentException if the key is not a valid secp256k1 key
   */
  public String encrypt(byte[] privateKey, byte[] password, KeystoreKdf kdf) {
    Address address = Secp256k1.addressOf(Secp256k1.publicKey(privateKey));
    byte[] salt = new byte[32];
    byte[] iv = new byte[16];
    random.nextBytes(salt);
    random.nextBytes(iv);
    byte[] derived = derive(kdf, password, salt, DKLEN);
    try {
      byte[] ciphertext = aesCtr(derived, iv, privateKey);
      ObjectNode kdfParams = JSON.createObjectNode().put("dklen", DKLEN);
      if (kdf instanceof KeystoreKdf.Scrypt s) {
        kdfParams.put("n", s.n()).put("r", s.r()).put("p", s.p());
      } else if (kdf instanceof KeystoreKdf.Pbkdf2 p) {
        kdfParams.put("c", p.c()).put("prf", "hmac-sha256");
      }
      kdfParams.put("salt", HEX.formatHex(salt));
      ObjectNode crypto = JSON.createObjectNode();
      crypto.put("cipher", "aes-128-ctr").put("ciphertext", HEX.formatHex(ciphertext));
      crypto.putObject("cipherparams").put("iv", HEX.formatHex(iv));
      crypto.put("kdf", kdf.name()).set("kdfparams", kdfParams);
      crypto.put("mac", HEX.formatHex(mac(derived, ciphertext)));
      ObjectNode root = JSON.createObjectNode();
      root.put("address", address.toLowerHex().substring(2)).set("crypto", crypto);
      root.put("id", uuid().toString()).put("version", 3);
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    } finally {
      SecretBytes.wipe(derived);
    }
  }

  /**
   * Decrypts a v3 document and returns the private key (close it after use).
   *
   * @throws KeystoreException for a wrong password, a tampered, malformed or unsupported file
   */
  public static SecretBytes decrypt(String json, byte[] password) {
    try {
      return decryptExactly(json, password);
    } catch (KeystoreException e) {
      if (e.reason() != Reason.WRONG_PASSWORD) {
        throw e;
      }
      byte[] nfkc = KeystorePasswords.nfkcVariant(password);
      if (nfkc == null) {
        throw e;
      }
      try {
        return decryptExactly(json, nfkc);
      } finally {
        SecretBytes.wipe(nfkc);
      }
    }
  }

  private static SecretBytes decryptExactly(String json, byte[] password) {
    JsonNode crypto = cryptoSection(parse(json));
    String cipher = KeystoreFields.text(crypto, "cipher");
    if (!cipher.equalsIgnoreCase("aes-128-ctr")) {
      throw new KeystoreException(
          Reason.UNSUPPORTED, "unsupported keystore cipher " + KeystoreFields.shorten(cipher));
    }
    byte[] ciphertext = KeystoreFields.hex(crypto, "ciphertext");
    byte[] iv = KeystoreFields.hex(KeystoreFields.required(crypto, "cipherparams"), "iv");
    byte[] mac = KeystoreFields.hex(crypto, "mac");
    if (ciphertext.length != 32 || iv.length != 16 || mac.length != 32) {
      throw new KeystoreException(
          Reason.MALFORMED, "keystore ciphertext, iv or mac has the wrong length");
    }
    JsonNode params = KeystoreFields.required(crypto, "kdfparams");
    JsonNode dklenNode = params.path("dklen");
    int dklen = dklenNode.isMissingNode() ? DKLEN : dklenNode.asInt(-1);
    boolean overflow = dklenNode.isNumber() && !dklenNode.canConvertToInt();
    if (overflow || dklen < 32 || dklen > 64) {
      throw new KeystoreException(Reason.MALFORMED, "keystore dklen must be 32 to 64");
    }
    byte[] derived =
        derive(
            kdfOf(KeystoreFields.text(crypto, "kdf"), params),
            password,
            KeystoreFields.hex(params, "salt"),
            dklen);
    try {
      if (!MessageDigest.isEqual(mac(derived, ciphertext), mac)) {
        throw new KeystoreException(
            Reason.WRONG_PASSWORD,
            "wrong password for this keystore file (or its encrypted part was altered: MAC"
                + " mismatch)");
      }
      byte[] key = aesCtr(derived, iv, ciphertext);
      checkKey(key, parse(json).path("address").asText(""));
      return SecretBytes.takeOwnership(key);
    } finally {
      SecretBytes.wipe(derived);
    }
  }

  private static void checkKey(byte[] key, String declared) {
    Address actual;
    try {
      actual = Secp256k1.addressOf(Secp256k1.publicKey(key));
    } catch (IllegalArgumentException e) {
      SecretBytes.wipe(key);
      throw new KeystoreException(Reason.TAMPERED, "keystore decrypts to an invalid private key");
    }
    if (!declared.isEmpty()) {
      String hex = declared.toLowerCase(Locale.ROOT);
      if (!actual.toLowerHex().equals(hex.startsWith("0x") ? hex : "0x" + hex)) {
        SecretBytes.wipe(key);
        throw new KeystoreException(
            Reason.TAMPERED,
            "keystore file was altered: it declares address "
                + declared
                + " but holds the key of "
                + actual);
      }
    }
  }

  private static KeystoreKdf kdfOf(String name, JsonNode params) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "scrypt":
        return new KeystoreKdf.Scrypt(
            KeystoreFields.intParam(params, "n"),
            KeystoreFields.intParam(params, "r"),
            KeystoreFields.intParam(params, "p"));
      case "pbkdf2":
        String prf = params.path("prf").asText("hmac-sha256");
        if (!prf.equalsIgnoreCase("hmac-sha256")) {
          throw new KeystoreException(
              Reason.UNSUPPORTED, "unsupported pbkdf2 prf " + KeystoreFields.shorten(prf));
        }
        return new KeystoreKdf.Pbkdf2(KeystoreFields.intParam(params, "c"));
      default:
        throw new KeystoreException(
            Reason.UNSUPPORTED, "unsupported keystore kdf " + KeystoreFields.shorten(name));
    }
  }

  static byte[] derive(KeystoreKdf kdf, byte[] password, byte[] salt, int dklen) {
    if (kdf instanceof KeystoreKdf.Scrypt s) {
      return Scrypt.derive(password, salt, s.n(), s.r(), s.p(), dklen);
    }
    KeystoreKdf.Pbkdf2 p = (KeystoreKdf.Pbkdf2) kdf;
    PKCS5S2ParametersGenerator gen = new PKCS5S2ParametersGenerator(new SHA256Digest());
    gen.init(password, salt, p.c());
    return ((KeyParameter) gen.generateDerivedMacParameters(dklen * 8)).getKey();
  }

  private static byte[] mac(byte[] derived, byte[] ciphertext) {
    byte[] input = new byte[16 + ciphertext.length];
    System.arraycopy(derived, 16, input, 0, 16);
    System.arraycopy(ciphertext, 0, input, 16, ciphertext.length);
    try {
      return Keccak256.hash(input);
    } finally {
      SecretBytes.wipe(input);
    }
  }

  private static byte[] aesCtr(byte[] derived, byte[] iv, byte[] input) {
    byte[] aesKey = Arrays.copyOf(derived, 16);
    try {
      Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new IvParameterSpec(iv));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-CTR is missing from this Java runtime", e);
    } finally {
      SecretBytes.wipe(aesKey);
    }
  }

  private UUID uuid() {
    byte[] b = new byte[16];
    random.nextBytes(b);
    b[6] = (byte) ((b[6] & 0x0f) | 0x40);
    b[8] = (byte) ((b[8] & 0x3f) | 0x80);
    java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b);
    return new UUID(buf.getLong(), buf.getLong());
  }

  private static JsonNode parse(String json) {
    if (json.length() > MAX_CHARS) {
      throw new KeystoreException(
          Reason.MALFORMED,
          "not a keystore file: larger than the limit of " + (MAX_CHARS / 1024) + " KiB");
    }
    try {
      JsonNode root = JSON.readTree(json);
      if (root == null || !root.isObject()) {
        throw new KeystoreException(
            Reason.MALFORMED, "not a keystore file: expected a JSON object");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new KeystoreException(Reason.MALFORMED, "not a keystore file: invalid JSON");
    }
  }

  private static JsonNode cryptoSection(JsonNode root) {
    int version = root.path("version").asInt(-1);
    if (version != 3) {
      throw new KeystoreException(
          Reason.UNSUPPORTED,
          "only keystore version 3 is supported, this file has "
              + (root.path("version").isIntegralNumber()
                  ? KeystoreFields.shorten(root.path("version").asText())
                  : "none"));
    }
    JsonNode crypto = root.has("crypto") ? root.get("crypto") : root.get("Crypto");
    if (crypto == null || !crypto.isObject()) {
      throw new KeystoreException(Reason.MALFORMED, "keystore file has no crypto section");
    }
    return crypto;
  }
}
