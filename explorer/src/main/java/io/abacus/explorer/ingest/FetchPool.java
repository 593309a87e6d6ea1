package io.abacus.explorer.ingest;

import io.abacus.explorer.rpc.BlockFetcher;
import java.util.concurrent.ThreadPoolExecutor;

/** The indexer's fetch threads and the {@link FetchTuner} that sizes them and their batches. */
record FetchPool(ThreadPoolExecutor pool, FetchTuner tuner) {
  /** Blocks for the next fetch: the tuner's choice, within the fetcher's batch limit. */
  int batch(BlockFetcher reader) {
    return Math.max(1, Math.min(tuner.batch(), reader.batchSize()));
  }

  /** Records an arrival and resizes the pool to the tuner's concurrency. */
  void arrived(int blocks) {
    tuner.arrived(blocks);
    int k = tuner.concurrency();
    if (k > pool.getMaximumPoolSize()) {
      pool.setMaximumPoolSize(k);
      pool.setCorePoolSize(k);
    } else if (k < pool.getCorePoolSize()) {
      pool.setCorePoolSize(k);
      pool.setMaximumPoolSize(k);
    }
  }
}
