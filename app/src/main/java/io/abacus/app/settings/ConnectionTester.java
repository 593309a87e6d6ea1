package io.abacus.app.settings;

import io.abacus.wallet.network.Network;

/** Asks a network's node for its chain id ({@code eth_chainId}); runs off the UI thread. */
@FunctionalInterface
public interface ConnectionTester {
  /**
   * Returns the chain id the node reports.
   *
   * @throws Exception with a message for the user when the node cannot be reached or answers
   *     nonsense
   */
  long chainId(Network network) throws Exception;
}
