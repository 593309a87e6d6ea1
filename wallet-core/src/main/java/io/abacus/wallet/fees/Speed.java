package io.abacus.wallet.fees;

/** Fee presets: the tip percentile of recent blocks each one pays. */
public enum Speed {
  SLOW(10),
  NORMAL(50),
  FAST(90);

  private final int percentile;

  Speed(int percentile) {
    this.percentile = percentile;
  }

  /** The reward percentile asked from {@code eth_feeHistory}. */
  public int percentile() {
    return percentile;
  }
}
