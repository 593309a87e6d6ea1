package io.abacus.wallet.bip39;

import io.abacus.wallet.secret.SecretBytes;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The BIP39 seed function: PBKDF2-HMAC-SHA512, 2048 rounds, over the NFKD-normalised sentence with
 * salt {@code "mnemonic" + NFKD(passphrase)}. Works for any language's sentence, so it also checks
 * phrases whose wordlist Abacus does not ship.
 */
public final class Bip39Seed {
  private static final int ROUNDS = 2048;

  private Bip39Seed() {}

  /**
   * Derives the 64-byte seed. The inputs stay owned (and to be wiped) by the caller.
   *
   * @param sentence the words joined by their separator
   * @param passphrase the optional passphrase (empty for none)
   */
  public static SecretBytes derive(char[] sentence, char[] passphrase) {
    byte[] password = nfkdUtf8(sentence, "");
    byte[] salt = nfkdUtf8(passphrase, "mnemonic");
    try {
      PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SHA512Digest());
      generator.init(password, salt, ROUNDS);
      KeyParameter key = (KeyParameter) generator.generateDerivedMacParameters(512);
      return SecretBytes.takeOwnership(key.getKey());
    } finally {
      SecretBytes.wipe(password);
      SecretBytes.wipe(salt);
    }
  }

  private static byte[] nfkdUtf8(char[] text, String prefix) {
    // Normalizer only returns Strings; this one lives only for this call.
    String normalized = prefix + Normalizer.normalize(CharBuffer.wrap(text), Normalizer.Form.NFKD);
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(normalized));
    byte[] out = new byte[encoded.remaining()];
    encoded.get(out);
    if (encoded.hasArray()) {
      java.util.Arrays.fill(encoded.array(), (byte) 0);
    }
    return out;
  }
}
