package io.abacus.explorer.account;

/** Told how far {@link AccountHistory} has caught up. */
@FunctionalInterface
public interface HistoryProgress {
  /**
   * @param scanned the last block scanned so far
   * @param head the block the scan goes to
   * @param from the first block of this scan
   */
  void caughtUpTo(long scanned, long head, long from);

  /** A listener that ignores progress. */
  static HistoryProgress none() {
    return (scanned, head, from) -> {};
  }
}
