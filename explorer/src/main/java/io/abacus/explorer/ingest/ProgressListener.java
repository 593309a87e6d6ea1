package io.abacus.explorer.ingest;

import io.abacus.explorer.reorg.Reorg;

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

  /** Ignores everything. */
  static ProgressListener none() {
    return p -> {};
  }
}
