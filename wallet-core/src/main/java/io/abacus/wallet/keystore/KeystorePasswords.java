package io.abacus.wallet.keystore;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

/** The second password form a keystore reader tries: NFKC, as ethers and MetaMask write it. */
final class KeystorePasswords {
  private KeystorePasswords() {}

  /** The NFKC form of a UTF-8 password if it differs from it, else null. */
  static byte[] nfkcVariant(byte[] password) {
    char[] chars;
    try {
      CharBuffer decoded =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(password));
      chars = new char[decoded.remaining()];
      decoded.get(chars);
      Arrays.fill(decoded.array(), '\0');
    } catch (CharacterCodingException notUtf8) {
      return null;
    }
    CharBuffer buffer = CharBuffer.wrap(chars);
    try {
      if (Normalizer.isNormalized(buffer, Normalizer.Form.NFKC)) {
        return null;
      }
      // Normalizer works on Strings only; the copy lives as long as this call.
      return Normalizer.normalize(buffer, Normalizer.Form.NFKC).getBytes(StandardCharsets.UTF_8);
    } finally {
      Arrays.fill(chars, '\0');
    }
  }
}
