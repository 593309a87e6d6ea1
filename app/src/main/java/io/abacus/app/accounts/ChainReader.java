package io.abacus.app.accounts;

import io.abacus.app.node.NodeClients;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.CallRequest;
import io.abacus.wallet.rpc.JsonRpcTransport;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.RetryPolicy;
import io.abacus.wallet.rpc.RpcException;
import io.abacus.wallet.tx.Erc20Calldata;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Reads balances and token details from the selected network's node, after checking that the node
 * is on the network's chain.
 */
public final class ChainReader {
  private static final HexBytes SYMBOL = HexBytes.parse("0x95d89b41");
  private static final HexBytes DECIMALS = HexBytes.parse("0x313ce567");
  private final Function<Network, JsonRpcTransport> transports;

  /**
   * @param transports opens the transport to a network's node (tests pass canned ones)
   */
  public ChainReader(Function<Network, JsonRpcTransport> transports) {
    this.transports = transports;
  }

  /** HTTP to the network's URL with its auth header; short timeouts so a dead node shows fast. */
  public static ChainReader overHttp() {
    return new ChainReader(
        n -> NodeClients.transport(n, Duration.ofSeconds(5), Duration.ofSeconds(20)));
  }

  /** Why the node cannot be used. */
  public static final class NodeProblem extends Exception {
    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public enum Kind {
      NO_URL,
      DOWN,
      WRONG_CHAIN
    }

    private final Kind kind;
    private final long reportedChainId;

    NodeProblem(Kind kind, long reportedChainId, String message, Throwable cause) {
      super(message, cause);
      this.kind = kind;
      this.reportedChainId = reportedChainId;
    }

    public Kind kind() {
      return kind;
    }

    /** The chain id the node reported ({@link Kind#WRONG_CHAIN} only). */
    public long reportedChainId() {
      return reportedChainId;
    }
  }

  /**
   * A client for the network's node whose chain id was checked.
   *
   * @throws NodeProblem if there is no URL, the node does not answer, or is on another chain
   */
  public NodeClient connect(Network network) throws NodeProblem {
    if (!network.hasRpcUrl()) {
      throw new NodeProblem(NodeProblem.Kind.NO_URL, 0, "no node URL for " + network.id(), null);
    }
    NodeClient client;
    long chainId;
    try {
      client = new NodeClient(transports.apply(network), RetryPolicy.none());
      chainId = client.chainId();
    } catch (RpcException | IllegalArgumentException e) {
      throw new NodeProblem(NodeProblem.Kind.DOWN, 0, e.getMessage(), e);
    }
    if (chainId != network.chainId()) {
      throw new NodeProblem(
          NodeProblem.Kind.WRONG_CHAIN, chainId, "node reports chain " + chainId, null);
    }
    return client;
  }

  /** The token balance of {@code owner} (base units). */
  public static BigInteger tokenBalance(NodeClient node, Token token, Address owner) {
    byte[] word =
        node.call(call(token.address(), Erc20Calldata.balanceOf(owner)), "latest").toBytes();
    if (word.length != 32) {
      throw new RpcException(
          RpcException.Kind.MALFORMED_RESPONSE,
          token.address() + " answered balanceOf with " + word.length + " bytes; not an ERC-20");
    }
    return new BigInteger(1, word);
  }

  /**
   * Symbol and decimals of the contract at {@code address}, read from the chain.
   *
   * @throws IllegalArgumentException if it does not answer like an ERC-20 token
   */
  public static Token describe(NodeClient node, Address address) {
    byte[] decimals;
    byte[] symbol;
    try {
      decimals = node.call(call(address, DECIMALS), "latest").toBytes();
      symbol = node.call(call(address, SYMBOL), "latest").toBytes();
    } catch (RpcException e) {
      if (e.kind() == RpcException.Kind.NODE_ERROR) {
        throw new IllegalArgumentException("not an ERC-20 token", e);
      }
      throw e;
    }
    if (decimals.length != 32
        || new BigInteger(1, decimals).compareTo(BigInteger.valueOf(36)) > 0) {
      throw new IllegalArgumentException("not an ERC-20 token");
    }
    return new Token(address, decodeSymbol(symbol), new BigInteger(1, decimals).intValue());
  }

  /** An ABI {@code string}, or a {@code bytes32} as some old tokens return. */
  static String decodeSymbol(byte[] data) {
    if (data.length == 32) {
      int end = 0;
      while (end < 32 && data[end] != 0) {
        end++;
      }
      return clean(new String(data, 0, end, StandardCharsets.UTF_8));
    }
    if (data.length < 64) {
      throw new IllegalArgumentException("not an ERC-20 token");
    }
    BigInteger offset = new BigInteger(1, Arrays.copyOfRange(data, 0, 32));
    if (offset.compareTo(BigInteger.valueOf(data.length - 32L)) > 0) {
      throw new IllegalArgumentException("not an ERC-20 token");
    }
    int at = offset.intValue();
    BigInteger length = new BigInteger(1, Arrays.copyOfRange(data, at, at + 32));
    if (length.compareTo(BigInteger.valueOf(data.length - at - 32L)) > 0) {
      throw new IllegalArgumentException("not an ERC-20 token");
    }
    return clean(new String(data, at + 32, length.intValue(), StandardCharsets.UTF_8));
  }

  private static String clean(String s) {
    String kept = s.replaceAll("[\\p{Cntrl}]", "").strip();
    return kept.length() > 16 ? kept.substring(0, 16) : kept;
  }

  private static CallRequest call(Address to, HexBytes data) {
    return new CallRequest(null, to, null, data);
  }
}
