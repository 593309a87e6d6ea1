package io.abacus.explorer.ingest;

/**
 * Tuning of the indexer.
 *
 * @param batchSize most blocks per JSON-RPC batch: the indexer starts lower and grows towards it
 *     while the node answers faster ({@link FetchTuner}); halved automatically when the node
 *     refuses
 * @param concurrency most batches fetched in parallel (grown towards the same way)
 * @param blocksPerCommit most blocks stored per SQLite transaction
 * @param txsPerCommit a transaction is also committed once it holds this many transactions
 * @param confirmations blocks within this distance of the node's head count as unconfirmed
 * @param maxReorgDepth deepest reorg rolled back without refusing
 * @param traces turn on internal transfers from the node's traces (recorded in the index, so a
 *     resumed index keeps them even without this)
 */
public record IndexerConfig(
    int batchSize,
    int concurrency,
    int blocksPerCommit,
    int txsPerCommit,
    int confirmations,
    int maxReorgDepth,
    boolean traces) {

  public IndexerConfig {
    if (batchSize < 1 || concurrency < 1 || blocksPerCommit < 1 || txsPerCommit < 1) {
      throw new IllegalArgumentException("batch size, concurrency and commit sizes must be >= 1");
    }
    if (confirmations < 0 || maxReorgDepth < 1) {
      throw new IllegalArgumentException("confirmations >= 0 and max reorg depth >= 1");
    }
  }

  /** Defaults that suit a local node: 50-block batches, 4 in flight, 1000 blocks per commit. */
  public static IndexerConfig defaults() {
    return new IndexerConfig(50, 4, 1000, 50_000, 12, 1000, false);
  }

  public IndexerConfig withConcurrency(int k) {
    return new IndexerConfig(
        batchSize, k, blocksPerCommit, txsPerCommit, confirmations, maxReorgDepth, traces);
  }

  public IndexerConfig withBatchSize(int n) {
    return new IndexerConfig(
        n, concurrency, blocksPerCommit, txsPerCommit, confirmations, maxReorgDepth, traces);
  }

  public IndexerConfig withBlocksPerCommit(int n) {
    return new IndexerConfig(
        batchSize, concurrency, n, txsPerCommit, confirmations, maxReorgDepth, traces);
  }

  public IndexerConfig withConfirmations(int n) {
    return new IndexerConfig(
        batchSize, concurrency, blocksPerCommit, txsPerCommit, n, maxReorgDepth, traces);
  }

  /** This configuration with traces turned on or not. */
  public IndexerConfig withTraces(boolean on) {
    return new IndexerConfig(
        batchSize, concurrency, blocksPerCommit, txsPerCommit, confirmations, maxReorgDepth, on);
  }
}
