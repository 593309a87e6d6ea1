package io.abacus.app.sandbox;

import io.abacus.wallet.address.Address;

/**
 * The Sandbox as seen right now.
 *
 * @param running whether its node runs
 * @param pid the node's process id, or -1
 * @param rpcUrl its JSON-RPC endpoint, or null
 * @param chainId the Sandbox chain id
 * @param tokenAddress the Test USD contract, or null if not deployed yet
 * @param blockNumber the head block, or -1 if not running or not answering
 */
public record SandboxStatus(
    boolean running,
    long pid,
    String rpcUrl,
    long chainId,
    Address tokenAddress,
    long blockNumber) {

  static SandboxStatus stopped(Address token) {
    return new SandboxStatus(false, -1, null, SandboxNetwork.CHAIN_ID, token, -1);
  }
}
