package io.abacus.wallet.send;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.tx.Transaction;
import java.math.BigInteger;

/** Checks made against the node before a transaction is signed. */
public final class SafetyChecks {
  private final NodeClient node;

  public SafetyChecks(NodeClient node) {
    this.node = node;
  }

  /**
   * The node's {@code eth_chainId} must equal {@code configuredChainId}.
   *
   * @throws SafetyException naming both ids
   */
  public void requireChain(long configuredChainId) {
    requireChain(configuredChainId, "refusing to sign");
  }

  /**
   * Like {@link #requireChain(long)} for another step than signing: the message starts with {@code
   * refusal}, e.g. "refusing to broadcast".
   */
  public void requireChain(long configuredChainId, String refusal) {
    long actual = node.chainId();
    if (actual != configuredChainId) {
      throw new SafetyException(
          refusal
              + ": the node at "
              + node.endpoint()
              + " is on chain id "
              + actual
              + " but the transaction is for chain id "
              + configuredChainId);
    }
  }

  /**
   * The pending balance of {@code from} must cover value plus the worst-case fee.
   *
   * @throws SafetyException with both amounts in ETH
   */
  public void requireFunds(Address from, Transaction tx) {
    BigInteger balance = node.balance(from, "pending");
    BigInteger needed = tx.maxCost();
    if (balance.compareTo(needed) < 0) {
      throw new SafetyException(
          "insufficient funds: "
              + from
              + " has "
              + Quantities.formatEther(balance)
              + " ETH but this transaction needs up to "
              + Quantities.formatEther(needed)
              + " ETH (value "
              + Quantities.formatEther(tx.value())
              + " + max fee "
              + Quantities.formatEther(tx.maxFee())
              + ")");
    }
  }
}
