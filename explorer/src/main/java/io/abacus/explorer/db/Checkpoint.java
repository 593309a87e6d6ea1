package io.abacus.explorer.db;

/**
 * How far the index goes. Blocks {@code firstBlock .. nextBlock - 1} are stored, contiguous.
 *
 * @param chainId the chain the index belongs to
 * @param nodeHead the node's head when last seen, for confirmation depth
 */
public record Checkpoint(
    long chainId, long firstBlock, long nextBlock, long nodeHead, long updatedAtMillis) {

  /** True when no block is stored yet. */
  public boolean isEmpty() {
    return nextBlock <= firstBlock;
  }
}
