package io.abacus.wallet.signing;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A recoverable secp256k1 signature with low {@code s} (EIP-2). A high-{@code s} signature (the
 * malleable twin of a valid one) is refused on construction, as ethers refuses it.
 *
 * @param r 32 bytes, big-endian
 * @param s 32 bytes, big-endian, at most n/2
 * @param recoveryId 0 or 1 (the y parity of the point R)
 */
public record Signature(byte[] r, byte[] s, int recoveryId) {

  public Signature {
    if (r.length != 32 || s.length != 32) {
      throw new IllegalArgumentException("r and s must be 32 bytes");
    }
    if (recoveryId != 0 && recoveryId != 1) {
      throw new IllegalArgumentException("recovery id must be 0 or 1, not " + recoveryId);
    }
    if (isHighS(s)) {
      throw new IllegalArgumentException(
          "the signature has a high s value (a malleable form, EIP-2) that ethers and Ethereum"
              + " nodes refuse; ask the signer for the canonical signature");
    }
    r = r.clone();
    s = s.clone();
  }

  /** True if the 32-byte big-endian {@code s} is above n/2: the malleable form (EIP-2). */
  public static boolean isHighS(byte[] s) {
    return new BigInteger(1, s).compareTo(Secp256k1.HALF_N) > 0;
  }

  /** From unsigned big integers, left-padded to 32 bytes. */
  public static Signature of(BigInteger r, BigInteger s, int recoveryId) {
    return new Signature(to32(r), to32(s), recoveryId);
  }

  /**
   * Parses 65 bytes {@code r || s || v} where v is 27/28 or 0/1.
   *
   * @throws IllegalArgumentException for another length or v, or a high s
   */
  public static Signature fromBytes65(byte[] rsv) {
    if (rsv.length != 65) {
      throw new IllegalArgumentException("a signature has 65 bytes, not " + rsv.length);
    }
    int v = rsv[64] & 0xff;
    int recId = v >= 27 ? v - 27 : v;
    return new Signature(Arrays.copyOfRange(rsv, 0, 32), Arrays.copyOfRange(rsv, 32, 64), recId);
  }

  @Override
  public byte[] r() {
    return r.clone();
  }

  @Override
  public byte[] s() {
    return s.clone();
  }

  public BigInteger rValue() {
    return new BigInteger(1, r);
  }

  public BigInteger sValue() {
    return new BigInteger(1, s);
  }

  /** {@code r || s || v} with v = 27 + recovery id, as {@code personal_sign} returns it. */
  public byte[] toBytes65() {
    byte[] out = new byte[65];
    System.arraycopy(r, 0, out, 0, 32);
    System.arraycopy(s, 0, out, 32, 32);
    out[64] = (byte) (27 + recoveryId);
    return out;
  }

  /** 0x-hex of {@link #toBytes65()}. */
  public String toHex() {
    return "0x" + HexFormat.of().formatHex(toBytes65());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Signature other
        && Arrays.equals(r, other.r)
        && Arrays.equals(s, other.s)
        && recoveryId == other.recoveryId;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(r) + Arrays.hashCode(s)) + recoveryId;
  }

  @Override
  public String toString() {
    return toHex();
  }

  private static byte[] to32(BigInteger v) {
    byte[] raw = v.toByteArray();
    if (raw.length == 32) {
      return raw;
    }
    byte[] out = new byte[32];
    if (raw.length > 32) {
      if (raw.length != 33 || raw[0] != 0) {
        throw new IllegalArgumentException("value does not fit 32 bytes");
      }
      System.arraycopy(raw, 1, out, 0, 32);
    } else {
      System.arraycopy(raw, 0, out, 32 - raw.length, raw.length);
    }
    return out;
  }
}
