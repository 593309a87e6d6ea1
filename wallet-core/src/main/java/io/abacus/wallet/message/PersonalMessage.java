package io.abacus.wallet.message;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.hash.Keccak256;
import io.abacus.wallet.signing.Secp256k1;
import io.abacus.wallet.signing.Signature;
import io.abacus.wallet.signing.Signer;
import java.nio.charset.StandardCharsets;

/** EIP-191 version 0x45 ({@code personal_sign}): text or raw bytes with the Ethereum prefix. */
public final class PersonalMessage {
  private PersonalMessage() {}

  /** Keccak-256 of {@code "\x19Ethereum Signed Message:\n" + len + message}. */
  public static byte[] digest(byte[] message) {
    byte[] prefix =
        ("\u0019Ethereum Signed Message:\n" + message.length).getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[prefix.length + message.length];
    System.arraycopy(prefix, 0, all, 0, prefix.length);
    System.arraycopy(message, 0, all, prefix.length, message.length);
    return Keccak256.hash(all);
  }

  /** Signs raw bytes. */
  public static Signature sign(Signer signer, byte[] message) {
    return signer.signDigest(digest(message));
  }

  /** Signs UTF-8 text. */
  public static Signature sign(Signer signer, String text) {
    return sign(signer, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The address that signed {@code message}.
   *
   * @throws IllegalArgumentException if no signer can be recovered
   */
  public static Address recover(byte[] message, Signature signature) {
    return Secp256k1.recover(digest(message), signature);
  }
}
