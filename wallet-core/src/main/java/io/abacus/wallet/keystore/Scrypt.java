package io.abacus.wallet.keystore;

import java.util.Arrays;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.Salsa20Engine;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * scrypt (RFC 7914). Bouncy Castle's version refuses {@code n >= 2^(16 r)}, which the Web3 Secret
 * Storage example itself uses (n = 2^18, r = 1) and geth accepts, so keystores need this one.
 */
public final class Scrypt {
  private Scrypt() {}

  /**
   * Derives {@code dkLen} bytes. Work arrays are wiped before returning.
   *
   * @throws IllegalArgumentException if n is not a power of two above 1, or r, p are below 1
   */
  public static byte[] derive(byte[] password, byte[] salt, int n, int r, int p, int dkLen) {
    if (n < 2 || (n & (n - 1)) != 0 || r < 1 || p < 1) {
      throw new IllegalArgumentException("scrypt needs n a power of two above 1, r and p >= 1");
    }
    int blockInts = 32 * r;
    byte[] b = pbkdf2(password, salt, p * 128 * r);
    int[] x = new int[blockInts];
    int[] v = new int[n * blockInts];
    int[] scratch = new int[16];
    int[] y = new int[blockInts];
    try {
      for (int i = 0; i < p; i++) {
        decode(b, i * 128 * r, x);
        roMix(x, v, y, scratch, n, r);
        encode(x, b, i * 128 * r);
      }
      return pbkdf2(password, b, dkLen);
    } finally {
      Arrays.fill(b, (byte) 0);
      Arrays.fill(x, 0);
      Arrays.fill(v, 0);
      Arrays.fill(y, 0);
      Arrays.fill(scratch, 0);
    }
  }

  private static void roMix(int[] x, int[] v, int[] y, int[] scratch, int n, int r) {
    int blockInts = 32 * r;
    for (int i = 0; i < n; i++) {
      System.arraycopy(x, 0, v, i * blockInts, blockInts);
      blockMix(x, y, scratch, r);
    }
    for (int i = 0; i < n; i++) {
      int j = x[(2 * r - 1) * 16] & (n - 1);
      int offset = j * blockInts;
      for (int k = 0; k < blockInts; k++) {
        x[k] ^= v[offset + k];
      }
      blockMix(x, y, scratch, r);
    }
  }

  private static void blockMix(int[] b, int[] y, int[] x, int r) {
    System.arraycopy(b, (2 * r - 1) * 16, x, 0, 16);
    for (int i = 0; i < 2 * r; i++) {
      for (int k = 0; k < 16; k++) {
        x[k] ^= b[i * 16 + k];
      }
      Salsa20Engine.salsaCore(8, x, x);
      int target = (i % 2 == 0 ? i / 2 : r + i / 2) * 16;
      System.arraycopy(x, 0, y, target, 16);
    }
    System.arraycopy(y, 0, b, 0, 32 * r);
  }

  private static byte[] pbkdf2(byte[] password, byte[] salt, int length) {
    PKCS5S2ParametersGenerator gen = new PKCS5S2ParametersGenerator(new SHA256Digest());
    gen.init(password, salt, 1);
    return ((KeyParameter) gen.generateDerivedMacParameters(length * 8)).getKey();
  }

  private static void decode(byte[] in, int offset, int[] out) {
    for (int i = 0; i < out.length; i++) {
      int o = offset + i * 4;
      out[i] =
          (in[o] & 0xff)
              | (in[o + 1] & 0xff) << 8
              | (in[o + 2] & 0xff) << 16
              | (in[o + 3] & 0xff) << 24;
    }
  }

  private static void encode(int[] in, byte[] out, int offset) {
    for (int i = 0; i < in.length; i++) {
      int o = offset + i * 4;
      out[o] = (byte) in[i];
      out[o + 1] = (byte) (in[i] >>> 8);
      out[o + 2] = (byte) (in[i] >>> 16);
      out[o + 3] = (byte) (in[i] >>> 24);
    }
  }
}
