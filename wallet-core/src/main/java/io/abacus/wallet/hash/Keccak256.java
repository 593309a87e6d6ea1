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

  /** Rotation of each lane in the rho step, in the order {@link #PI_LANES} visits them. */
  private static final int[] RHO_OFFSETS = {
    1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44
  };

  /** The pi step's permutation of lanes, as a chain starting at lane 1. */
  private static final int[] PI_LANES = {
    10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1
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

  /** Keccak-f[1600]: 24 rounds of theta, rho and pi, chi and iota. */
  private static void permute(long[] a) {
    long[] c = new long[5];
    for (long roundConstant : ROUND_CONSTANTS) {
      for (int x = 0; x < 5; x++) {
        c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
      }
      for (int x = 0; x < 5; x++) {
        long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
        for (int y = 0; y < 25; y += 5) {
          a[y + x] ^= d;
        }
      }
      long current = a[1];
      for (int i = 0; i < 24; i++) {
        int lane = PI_LANES[i];
        long next = a[lane];
        a[lane] = Long.rotateLeft(current, RHO_OFFSETS[i]);
        current = next;
      }
      for (int y = 0; y < 25; y += 5) {
        long a0 = a[y];
        long a1 = a[y + 1];
        long a2 = a[y + 2];
        long a3 = a[y + 3];
        long a4 = a[y + 4];
        a[y] = a0 ^ (~a1 & a2);
        a[y + 1] = a1 ^ (~a2 & a3);
        a[y + 2] = a2 ^ (~a3 & a4);
        a[y + 3] = a3 ^ (~a4 & a0);
        a[y + 4] = a4 ^ (~a0 & a1);
      }
      a[0] ^= roundConstant;
    }
  }
}
