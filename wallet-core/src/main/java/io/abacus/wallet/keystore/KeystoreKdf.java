package io.abacus.wallet.keystore;

/**
 * The key-derivation function of a Web3 Secret Storage v3 file, with its cost parameters.
 *
 * <p>Parameters are bounded to what real wallets write, so a hostile file cannot make Abacus work
 * for minutes or allocate gigabytes: scrypt {@code n <= 2^20}, {@code r * p <= 2^10} and {@code n *
 * r <= 2^23} (at most 1 GiB of memory); PBKDF2 {@code c <= 10^7}. geth writes n = 2^18 (light:
 * 2^12), r = 8, p = 1 (light: 6); MetaMask and ethers n = 2^17 or 2^18; PBKDF2 wallets 262144
 * rounds. Anything above is refused with {@link KeystoreException.Reason#UNSUPPORTED}.
 */
public sealed interface KeystoreKdf {

  /** The name used in the file's {@code kdf} field. */
  String name();

  /**
   * scrypt with cost {@code n} (a power of two), block size {@code r} and parallelism {@code p}.
   */
  record Scrypt(int n, int r, int p) implements KeystoreKdf {
    /** geth's and MetaMask's standard cost (n = 2^18, r = 8, p = 1; 256 MiB, about a second). */
    public static final Scrypt STANDARD = new Scrypt(1 << 18, 8, 1);

    /** geth's "light" cost (n = 2^12, r = 8, p = 6), for tests and slow devices. */
    public static final Scrypt LIGHT = new Scrypt(1 << 12, 8, 6);

    /** The largest cost {@code n} accepted. */
    public static final int MAX_N = 1 << 20;

    /** The largest {@code r * p} accepted. */
    public static final int MAX_R_TIMES_P = 1 << 10;

    /** The largest {@code n * r} accepted (memory: 128 bytes each, so 1 GiB). */
    public static final long MAX_N_TIMES_R = 1L << 23;

    public Scrypt {
      if (n < 2 || (n & (n - 1)) != 0) {
        throw new KeystoreException(
            KeystoreException.Reason.MALFORMED,
            "scrypt n must be a power of two above 1, not " + n);
      }
      if (r < 1 || p < 1) {
        throw new KeystoreException(
            KeystoreException.Reason.MALFORMED, "scrypt r and p must be at least 1");
      }
      if (n > MAX_N || (long) r * p > MAX_R_TIMES_P || (long) n * r > MAX_N_TIMES_R) {
        throw new KeystoreException(
            KeystoreException.Reason.UNSUPPORTED,
            "scrypt parameters n="
                + n
                + " r="
                + r
                + " p="
                + p
                + " are above what wallets write (n at most 2^20, r*p at most 2^10,"
                + " n*r at most 2^23)");
      }
    }

    @Override
    public String name() {
      return "scrypt";
    }
  }

  /** PBKDF2 with HMAC-SHA256 and {@code c} rounds. */
  record Pbkdf2(int c) implements KeystoreKdf {
    /** The spec's example cost (262144 rounds). */
    public static final Pbkdf2 STANDARD = new Pbkdf2(262_144);

    /** The largest round count accepted. */
    public static final int MAX_C = 10_000_000;

    public Pbkdf2 {
      if (c < 1) {
        throw new KeystoreException(
            KeystoreException.Reason.MALFORMED, "pbkdf2 round count must be at least 1");
      }
      if (c > MAX_C) {
        throw new KeystoreException(
            KeystoreException.Reason.UNSUPPORTED,
            "pbkdf2 round count " + c + " is above what wallets write (at most 10^7)");
      }
    }

    @Override
    public String name() {
      return "pbkdf2";
    }
  }
}
