package io.abacus.wallet.keystore;

/** The key-derivation function of a Web3 Secret Storage v3 file, with its cost parameters. */
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

    public Scrypt {
      if (n < 2 || (n & (n - 1)) != 0) {
        throw new KeystoreException(
            KeystoreException.Reason.MALFORMED,
            "scrypt n must be a power of two above 1, not " + n);
      }
      if (r < 1 || p < 1 || (long) n * r > (1L << 23) || (long) r * p >= (1 << 30)) {
        throw new KeystoreException(
            KeystoreException.Reason.UNSUPPORTED,
            "scrypt parameters n=" + n + " r=" + r + " p=" + p + " are out of the supported range");
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

    public Pbkdf2 {
      if (c < 1 || c > 100_000_000) {
        throw new KeystoreException(
            KeystoreException.Reason.UNSUPPORTED, "pbkdf2 round count " + c + " is out of range");
      }
    }

    @Override
    public String name() {
      return "pbkdf2";
    }
  }
}
