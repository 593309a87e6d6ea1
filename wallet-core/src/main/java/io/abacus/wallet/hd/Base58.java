package io.abacus.wallet.hd;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** Base58Check encoding of BIP32 extended keys. */
final class Base58 {
  private static final char[] ALPHABET =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();
  private static final BigInteger BASE = BigInteger.valueOf(58);

  private Base58() {}

  static String encodeChecked(byte[] payload) {
    byte[] checksum = Arrays.copyOf(sha256(sha256(payload)), 4);
    byte[] data = Arrays.copyOf(payload, payload.length + 4);
    System.arraycopy(checksum, 0, data, payload.length, 4);
    try {
      return encode(data);
    } finally {
      Arrays.fill(data, (byte) 0);
    }
  }

  static String encode(byte[] data) {
    StringBuilder out = new StringBuilder();
    BigInteger value = new BigInteger(1, data);
    while (value.signum() > 0) {
      BigInteger[] qr = value.divideAndRemainder(BASE);
      out.append(ALPHABET[qr[1].intValue()]);
      value = qr[0];
    }
    for (int i = 0; i < data.length && data[i] == 0; i++) {
      out.append(ALPHABET[0]);
    }
    return out.reverse().toString();
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
