package io.abacus.explorer.ingest;

import java.util.function.LongSupplier;

/**
 * Chooses how many blocks each fetch asks for and how many fetches are in flight, growing both
 * while the node answers faster: it starts at half the configured batch (at most 25 blocks) and two
 * fetches in flight, measures blocks per second over a window of fetches, and after each window
 * that was at least 10% faster than the best so far doubles the batch or adds a fetch in flight
 * (alternately, up to the configured maxima). The first window that is not faster undoes the last
 * step and settles. Not thread-safe: the indexing thread drives it.
 */
final class FetchTuner {
  private static final double BETTER = 1.10;

  private final int maxBatch;
  private final int maxConcurrency;
  private final LongSupplier nanoClock;
  private int batch;
  private int concurrency;
  private boolean settled;
  private boolean batchNext = true;
  private Runnable undo;
  private double best;
  private long windowStart = -1;
  private long windowBlocks;
  private int windowFetches;

  FetchTuner(int maxBatch, int maxConcurrency, LongSupplier nanoClock) {
    this.maxBatch = maxBatch;
    this.maxConcurrency = maxConcurrency;
    this.nanoClock = nanoClock;
    this.batch = Math.max(1, Math.min(25, maxBatch / 2));
    this.concurrency = Math.min(2, maxConcurrency);
    this.settled = batch == maxBatch && concurrency == maxConcurrency;
  }

  /** Blocks to ask for in the next fetch. */
  int batch() {
    return batch;
  }

  /** Fetches to keep in flight. */
  int concurrency() {
    return concurrency;
  }

  /** Whether it stopped growing. */
  boolean settled() {
    return settled;
  }

  /** Records that the next fetch in order arrived with {@code blocks} blocks. */
  void arrived(int blocks) {
    long now = nanoClock.getAsLong();
    if (settled) {
      return;
    }
    if (windowStart < 0) {
      windowStart = now; // the first arrival starts the clock: start-up is not the node's speed
      return;
    }
    windowBlocks += blocks;
    if (++windowFetches < 3 * concurrency) {
      return;
    }
    double rate = windowBlocks * 1e9 / Math.max(1, now - windowStart);
    windowStart = now;
    windowBlocks = 0;
    windowFetches = 0;
    if (rate >= best * BETTER) {
      best = rate;
      grow();
    } else {
      if (undo != null) {
        undo.run();
      }
      settled = true;
    }
  }

  /** Leaves {@code nanos} spent on other work (a commit) out of the current window. */
  void exclude(long nanos) {
    if (windowStart >= 0) {
      windowStart += nanos;
    }
  }

  private void grow() {
    boolean canBatch = batch < maxBatch;
    boolean canConcurrency = concurrency < maxConcurrency;
    if (canBatch && (batchNext || !canConcurrency)) {
      int before = batch;
      batch = Math.min(maxBatch, batch * 2);
      undo = () -> batch = before;
    } else if (canConcurrency) {
      int before = concurrency;
      concurrency++;
      undo = () -> concurrency = before;
    } else {
      settled = true;
      return;
    }
    batchNext = !batchNext;
  }
}
