package io.abacus.wallet.vault;

/**
 * scrypt cost parameters for wallet files; each file records its own, so they can be raised later
 * without breaking old wallets.
 *
 * @param n CPU/memory cost, a power of two
 * @param r block size
 * @param p parallelism
 */
public record VaultKdf(int n, int r, int p) {
  /** The default: n = 2^17, r = 8, p = 1 (128 MiB; see docs/benchmarks.md "Vault unlock"). */
  public static final VaultKdf DEFAULT = new VaultKdf(1 << 17, 8, 1);

  /** Cheap parameters for tests only. */
  public static final VaultKdf TESTING = new VaultKdf(1 << 10, 8, 1);

  public VaultKdf {
    if (n < 2 || (n & (n - 1)) != 0 || r < 1 || p < 1 || (long) n * r > (1L << 24) || p > 16) {
      throw new VaultException(
          VaultException.Reason.CORRUPT,
          "unsupported scrypt parameters n=" + n + " r=" + r + " p=" + p);
    }
  }
}
