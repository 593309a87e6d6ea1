package io.abacus.explorer.ingest;

import io.abacus.explorer.reorg.Reorg;
import java.time.Duration;

/**
 * Receives the indexer's progress; the CLI prints it, the UI binds to it. Called on the indexing
 * thread after each commit, so implementations must be quick and hand off to their own thread.
 */
public interface ProgressListener {
  /** After each commit. */
  void onProgress(Progress progress);

  /** After a reorg was rolled back. */
  default void onReorg(Reorg reorg) {}

  /** A one-line explanation the user should see, such as traces the node cannot give. */
  default void onNotice(String message) {}

  /**
   * Before the secondary indexes a bulk load deferred are built (once, at the end of the load or at
   * the start of a run after an interrupted one); not called when none are pending.
   */
  default void onIndexesBuilding() {}

  /** After {@link #onIndexesBuilding()}: {@code count} indexes were built in {@code took}. */
  default void onIndexesBuilt(int count, Duration took) {}

  /** Ignores everything. */
  static ProgressListener none() {
    return p -> {};
  }
}
