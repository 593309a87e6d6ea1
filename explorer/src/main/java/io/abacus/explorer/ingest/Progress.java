package io.abacus.explorer.ingest;

import java.time.Duration;
import java.util.Optional;

/**
 * A snapshot of indexing progress.
 *
 * @param from first block of this run
 * @param to last block of this run
 * @param stored last block stored and committed
 * @param blocks blocks stored in this run
 * @param transactions transactions stored in this run
 * @param blocksPerSecond rate since the run started
 * @param txPerSecond rate since the run started
 * @param eta time left at the current rate, empty when unknown
 */
public record Progress(
    long from,
    long to,
    long stored,
    long blocks,
    long transactions,
    double blocksPerSecond,
    double txPerSecond,
    Optional<Duration> eta) {

  /** Fraction done, 0..1. */
  public double fraction() {
    long total = to - from + 1;
    return total <= 0 ? 1.0 : Math.min(1.0, (double) (stored - from + 1) / total);
  }
}
