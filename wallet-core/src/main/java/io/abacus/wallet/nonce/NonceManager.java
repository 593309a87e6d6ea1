package io.abacus.wallet.nonce;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.rpc.NodeClient;
import java.math.BigInteger;

/**
 * Picks the next nonce: the node's pending count, or one past the wallet's own highest pending
 * nonce if the node has not seen (or has forgotten) some of them. Own entries at or below the mined
 * count are stale and dropped from the store.
 */
public final class NonceManager {
  private final NodeClient node;
  private final PendingStore store;

  public NonceManager(NodeClient node, PendingStore store) {
    this.node = node;
    this.store = store;
  }

  /** The nonce for the next new transaction from {@code from}. */
  public BigInteger next(Address from, long chainId) {
    BigInteger mined = node.transactionCount(from, "latest");
    BigInteger next = node.transactionCount(from, "pending").max(mined);
    for (PendingTransaction own : store.pending(from, chainId)) {
      if (own.nonce().compareTo(mined) < 0) {
        store.remove(own.hash());
      } else {
        next = next.max(own.nonce().add(BigInteger.ONE));
      }
    }
    return next;
  }
}
