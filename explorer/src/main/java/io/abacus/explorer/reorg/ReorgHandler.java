package io.abacus.explorer.reorg;

import io.abacus.explorer.db.Checkpoint;
import io.abacus.explorer.db.IndexStore;
import io.abacus.explorer.rpc.BlockFetcher;
import io.abacus.wallet.encoding.HexBytes;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the newest block the index and the node agree on and rolls the index back to it, recording
 * the reorg. Refuses reorgs deeper than a limit rather than silently rewriting history.
 */
public final class ReorgHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ReorgHandler.class);

  private final BlockFetcher reader;
  private final IndexStore store;
  private final int maxDepth;

  public ReorgHandler(BlockFetcher reader, IndexStore store, int maxDepth) {
    this.reader = reader;
    this.store = store;
    this.maxDepth = maxDepth;
  }

  /** Result of a check: the checkpoint to continue from and the reorg, if there was one. */
  public record Outcome(Checkpoint checkpoint, Optional<Reorg> reorg) {}

  /**
   * Compares the stored tip with the node and, when they differ, rolls back to the common ancestor.
   *
   * @throws ReorgTooDeepException when more than the limit of blocks would be dropped
   */
  public Outcome reconcile(Checkpoint cp) {
    if (cp.isEmpty()) {
      return new Outcome(cp, Optional.empty());
    }
    long tip = cp.nextBlock() - 1;
    long n = tip;
    while (n >= cp.firstBlock() && !agrees(n)) {
      if (tip - n >= maxDepth) {
        throw new ReorgTooDeepException(
            "the node's chain differs from the index for more than "
                + maxDepth
                + " blocks below "
                + tip
                + "; is this the same network? (index a fresh database, or raise the limit)");
      }
      n--;
    }
    if (n == tip) {
      return new Outcome(cp, Optional.empty());
    }
    long height = n + 1;
    byte[] oldHash = store.blockHash(height).orElseThrow();
    String newHash = reader.blockHash(height);
    byte[] newBytes = newHash == null ? new byte[32] : HexBytes.decode(newHash);
    Checkpoint after = store.rollBack(n, oldHash, newBytes, cp);
    Reorg reorg = new Reorg(height, tip - n, HexBytes.toHex(oldHash), newHash);
    LOG.warn("chain reorganised at block {}: dropped {} block(s)", height, reorg.depth());
    return new Outcome(after, Optional.of(reorg));
  }

  private boolean agrees(long n) {
    String nodeHash = reader.blockHash(n);
    return nodeHash != null
        && store.blockHash(n).map(h -> Arrays.equals(h, HexBytes.decode(nodeHash))).orElse(false);
  }

  /** The node and the index disagree deeper than the configured limit. */
  public static final class ReorgTooDeepException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReorgTooDeepException(String message) {
      super(message);
    }
  }
}
