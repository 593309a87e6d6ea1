package io.abacus.wallet.rpc;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A node together with the chain it must serve. The node's {@code eth_chainId} is asked once, on
 * first use of {@link #checkedClient()} or {@link #requireChain()}, and a node on another chain is
 * refused with a message naming both ids. Thread-safe.
 */
public final class NodeConnection implements AutoCloseable {
  private final JsonRpcClient client;
  private final long expectedChainId;
  private final String networkName;
  private final AtomicLong verified = new AtomicLong();

  /**
   * @param client the JSON-RPC client of the node
   * @param expectedChainId the chain id the user configured
   * @param networkName how the user calls that chain, for messages (null if it has no name)
   */
  public NodeConnection(JsonRpcClient client, long expectedChainId, String networkName) {
    if (expectedChainId <= 0) {
      throw new IllegalArgumentException("chain id must be positive, not " + expectedChainId);
    }
    this.client = client;
    this.expectedChainId = expectedChainId;
    this.networkName = networkName;
  }

  /** The chain id the node must report. */
  public long expectedChainId() {
    return expectedChainId;
  }

  /** The endpoint, for messages (never with credentials). */
  public String endpoint() {
    return client.endpoint();
  }

  /**
   * Asks the node for its chain id (once per connection) and compares.
   *
   * @throws RpcException of kind WRONG_CHAIN naming both ids, or any failure to ask
   */
  public void requireChain() {
    if (verified.get() == expectedChainId) {
      return;
    }
    long actual = chainIdOf(client);
    if (actual != expectedChainId) {
      throw wrongChain(endpoint(), actual, expectedChainId, networkName);
    }
    verified.set(actual);
  }

  /** The client, after {@link #requireChain()} succeeded. */
  public JsonRpcClient checkedClient() {
    requireChain();
    return client;
  }

  /** A {@link NodeClient} on this connection, after {@link #requireChain()} succeeded. */
  public NodeClient checkedNodeClient() {
    return new NodeClient(checkedClient());
  }

  /**
   * The node's {@code eth_chainId}.
   *
   * @throws RpcException of kind MALFORMED_RESPONSE when it is not a positive 0x quantity below
   *     2^62
   */
  public static long chainIdOf(JsonRpcClient client) {
    java.math.BigInteger id = RpcJson.streamedQuantity(client, "eth_chainId", "chain id");
    if (id.signum() == 0 || id.bitLength() > 62) {
      throw RpcJson.malformed("chain id " + id + " is out of range");
    }
    return id.longValue();
  }

  /** The WRONG_CHAIN error, naming the node's id and the expected one (and its network). */
  public static RpcException wrongChain(
      String endpoint, long actual, long expected, String expectedName) {
    return new RpcException(
        RpcException.Kind.WRONG_CHAIN,
        "the node at "
            + endpoint
            + " serves chain id "
            + actual
            + ", not chain id "
            + expected
            + (expectedName == null ? "" : " (" + expectedName + ")"));
  }

  @Override
  public void close() {
    client.close();
  }
}
