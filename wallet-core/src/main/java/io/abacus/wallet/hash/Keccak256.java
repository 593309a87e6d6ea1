package io.abacus.wallet.hash;

/**
 * Keccak-256, the hash Ethereum uses (the original Keccak padding, not FIPS 202 SHA3-256).
 *
 * <p>Written here rather than taken from web3j for start-up speed: web3j's {@code Hash.sha3} is
 * Bouncy Castle's digest, and Bouncy Castle's jar is signed, so the first use verifies the jar's
 * signature and the class-data sharing archive cannot hold its classes (issue 20; {@code abacus
 * address checksum} spent a third of its time there). Tested against web3j on random inputs.
 */
public final class Keccak256 {
  private static final int RATE = 136; // bytes: 1600 - 2 * 256 bits
  private static final int LENGTH = 32;

  private static final long[] ROUND_CONSTANTS = {
    0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L,
    0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
    0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL,
    0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L,
    0x8000000000008002L, 0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL,
    0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L
  };

  private Keccak256() {}

  /** The 32-byte Keccak-256 of {@code input}. */
  public static byte[] hash(byte[] input) {
    long[] state = new long[25];
    int offset = 0;
    for (; input.length - offset >= RATE; offset += RATE) {
      absorb(state, input, offset);
    }
    byte[] last = new byte[RATE];
    System.arraycopy(input, offset, last, 0, input.length - offset);
    last[input.length - offset] ^= 0x01;
    last[RATE - 1] ^= (byte) 0x80;
    absorb(state, last, 0);
    byte[] out = new byte[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      out[i] = (byte) (state[i / 8] >>> (8 * (i % 8)));
    }
    return out;
  }

  private static void absorb(long[] state, byte[] block, int offset) {
    for (int lane = 0; lane < RATE / 8; lane++) {
      long value = 0;
      for (int b = 7; b >= 0; b--) {
        value = (value << 8) | (block[offset + lane * 8 + b] & 0xffL);
      }
      state[lane] ^= value;
    }
    permute(state);
  }

  /**
   * Keccak-f[1600]: 24 rounds of theta, rho and pi, chi and iota, with the 25 lanes in local
   * variables (unrolled, as Bouncy Castle's {@code KeccakDigest} does: the array and loop form was
   * about 1.7x slower per hash).
   */
  private static void permute(long[] a) {
    long a00 = a[0];
    long a01 = a[1];
    long a02 = a[2];
    long a03 = a[3];
    long a04 = a[4];
    long a05 = a[5];
    long a06 = a[6];
    long a07 = a[7];
    long a08 = a[8];
    long a09 = a[9];
    long a10 = a[10];
    long a11 = a[11];
    long a12 = a[12];
    long a13 = a[13];
    long a14 = a[14];
    long a15 = a[15];
    long a16 = a[16];
    long a17 = a[17];
    long a18 = a[18];
    long a19 = a[19];
    long a20 = a[20];
    long a21 = a[21];
    long a22 = a[22];
    long a23 = a[23];
    long a24 = a[24];
    for (long roundConstant : ROUND_CONSTANTS) {
      long c0 = a00 ^ a05 ^ a10 ^ a15 ^ a20;
      long c1 = a01 ^ a06 ^ a11 ^ a16 ^ a21;
      long c2 = a02 ^ a07 ^ a12 ^ a17 ^ a22;
      long c3 = a03 ^ a08 ^ a13 ^ a18 ^ a23;
      long c4 = a04 ^ a09 ^ a14 ^ a19 ^ a24;
      long d0 = c4 ^ Long.rotateLeft(c1, 1);
      long d1 = c0 ^ Long.rotateLeft(c2, 1);
      long d2 = c1 ^ Long.rotateLeft(c3, 1);
      long d3 = c2 ^ Long.rotateLeft(c4, 1);
      long d4 = c3 ^ Long.rotateLeft(c0, 1);
      a00 ^= d0;
      a05 ^= d0;
      a10 ^= d0;
      a15 ^= d0;
      a20 ^= d0;
      a01 ^= d1;
      a06 ^= d1;
      a11 ^= d1;
      a16 ^= d1;
      a21 ^= d1;
      a02 ^= d2;
      a07 ^= d2;
      a12 ^= d2;
      a17 ^= d2;
      a22 ^= d2;
      a03 ^= d3;
      a08 ^= d3;
      a13 ^= d3;
      a18 ^= d3;
      a23 ^= d3;
      a04 ^= d4;
      a09 ^= d4;
      a14 ^= d4;
      a19 ^= d4;
      a24 ^= d4;
      long c = a01;
      a01 = Long.rotateLeft(a06, 44);
      a06 = Long.rotateLeft(a09, 20);
      a09 = Long.rotateLeft(a22, 61);
      a22 = Long.rotateLeft(a14, 39);
      a14 = Long.rotateLeft(a20, 18);
      a20 = Long.rotateLeft(a02, 62);
      a02 = Long.rotateLeft(a12, 43);
      a12 = Long.rotateLeft(a13, 25);
      a13 = Long.rotateLeft(a19, 8);
      a19 = Long.rotateLeft(a23, 56);
      a23 = Long.rotateLeft(a15, 41);
      a15 = Long.rotateLeft(a04, 27);
      a04 = Long.rotateLeft(a24, 14);
      a24 = Long.rotateLeft(a21, 2);
      a21 = Long.rotateLeft(a08, 55);
      a08 = Long.rotateLeft(a16, 45);
      a16 = Long.rotateLeft(a05, 36);
      a05 = Long.rotateLeft(a03, 28);
      a03 = Long.rotateLeft(a18, 21);
      a18 = Long.rotateLeft(a17, 15);
      a17 = Long.rotateLeft(a11, 10);
      a11 = Long.rotateLeft(a07, 6);
      a07 = Long.rotateLeft(a10, 3);
      a10 = Long.rotateLeft(c, 1);
      c0 = a00;
      c1 = a01;
      c2 = a02;
      c3 = a03;
      c4 = a04;
      a00 = c0 ^ (~c1 & c2);
      a01 = c1 ^ (~c2 & c3);
      a02 = c2 ^ (~c3 & c4);
      a03 = c3 ^ (~c4 & c0);
      a04 = c4 ^ (~c0 & c1);
      c0 = a05;
      c1 = a06;
      c2 = a07;
      c3 = a08;
      c4 = a09;
      a05 = c0 ^ (~c1 & c2);
      a06 = c1 ^ (~c2 & c3);
      a07 = c2 ^ (~c3 & c4);
      a08 = c3 ^ (~c4 & c0);
      a09 = c4 ^ (~c0 & c1);
      c0 = a10;
      c1 = a11;
      c2 = a12;
      c3 = a13;
      c4 = a14;
      a10 = c0 ^ (~c1 & c2);
      a11 = c1 ^ (~c2 & c3);
      a12 = c2 ^ (~c3 & c4);
      a13 = c3 ^ (~c4 & c0);
      a14 = c4 ^ (~c0 & c1);
      c0 = a15;
      c1 = a16;
      c2 = a17;
      c3 = a18;
      c4 = a19;
      a15 = c0 ^ (~c1 & c2);
      a16 = c1 ^ (~c2 & c3);
      a17 = c2 ^ (~c3 & c4);
      a18 = c3 ^ (~c4 & c0);
      a19 = c4 ^ (~c0 & c1);
      c0 = a20;
      c1 = a21;
      c2 = a22;
      c3 = a23;
      c4 = a24;
      a20 = c0 ^ (~c1 & c2);
      a21 = c1 ^ (~c2 & c3);
      a22 = c2 ^ (~c3 & c4);
      a23 = c3 ^ (~c4 & c0);
      a24 = c4 ^ (~c0 & c1);
      a00 ^= roundConstant;
    }
    a[0] = a00;
    a[1] = a01;
    a[2] = a02;
    a[3] = a03;
    a[4] = a04;
    a[5] = a05;
    a[6] = a06;
    a[7] = a07;
    a[8] = a08;
    a[9] = a09;
    a[10] = a10;
    a[11] = a11;
    a[12] = a12;
    a[13] = a13;
    a[14] = a14;
    a[15] = a15;
    a[16] = a16;
    a[17] = a17;
    a[18] = a18;
    a[19] = a19;
    a[20] = a20;
    a[21] = a21;
    a[22] = a22;
    a[23] = a23;
    a[24] = a24;
  }
}
