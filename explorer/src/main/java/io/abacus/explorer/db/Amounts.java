package io.abacus.explorer.db;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Lossless, order-preserving encoding of unsigned integers up to 2^2040 as BLOBs: one length byte,
 * then the minimal big-endian bytes. Zero is the single byte {@code 0x00}. Because longer means
 * larger, SQLite's byte-wise BLOB comparison orders amounts numerically.
 */
public final class Amounts {
  private Amounts() {}

  /** Encodes a non-negative amount. */
  public static byte[] encode(BigInteger value) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException("amounts are unsigned: " + value);
    }
    if (value.signum() == 0) {
      return new byte[] {0};
    }
    byte[] raw = value.toByteArray();
    int skip = raw[0] == 0 ? 1 : 0;
    int length = raw.length - skip;
    if (length > 255) {
      throw new IllegalArgumentException("amount too large");
    }
    byte[] out = new byte[length + 1];
    out[0] = (byte) length;
    System.arraycopy(raw, skip, out, 1, length);
    return out;
  }

  /** Decodes {@link #encode}; null stays null. */
  public static BigInteger decode(byte[] encoded) {
    if (encoded == null) {
      return null;
    }
    int length = encoded[0] & 0xff;
    if (encoded.length != length + 1) {
      throw new IllegalArgumentException("corrupt amount of " + encoded.length + " bytes");
    }
    return length == 0
        ? BigInteger.ZERO
        : new BigInteger(1, Arrays.copyOfRange(encoded, 1, 1 + length));
  }
}
