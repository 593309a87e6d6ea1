package io.abacus.wallet.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.encoding.Quantities;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Ethereum JSON-RPC methods the wallet uses, over the node layer's {@link JsonRpcClient}. Reads
 * are retried with backoff on transient failures; {@link #sendRawTransaction} is sent exactly once
 * ({@link RetryPolicy#isSafeToRepeat}).
 */
public final class NodeClient {
  private final JsonRpcClient client;

  public NodeClient(JsonRpcTransport transport, RetryPolicy retry) {
    this(new JsonRpcClient(transport, retry));
  }

  public NodeClient(JsonRpcClient client) {
    this.client = client;
  }

  /** The endpoint, for messages (never with credentials). */
  public String endpoint() {
    return client.endpoint();
  }

  /** The JSON-RPC client underneath, for calls this class has no method for. */
  public JsonRpcClient json() {
    return client;
  }

  /** {@code eth_chainId}. */
  public long chainId() {
    return NodeConnection.chainIdOf(client);
  }

  /** {@code eth_blockNumber}. */
  public BigInteger blockNumber() {
    return RpcJson.streamedQuantity(client, "eth_blockNumber", "block number");
  }

  /** {@code eth_getBalance} at {@code block} ("latest", "pending" or a 0x number). */
  public BigInteger balance(Address account, String block) {
    return RpcJson.quantity(read("eth_getBalance", account.toLowerHex(), block), "balance");
  }

  /** {@code eth_getTransactionCount} at {@code block}. */
  public BigInteger transactionCount(Address account, String block) {
    return RpcJson.quantity(
        read("eth_getTransactionCount", account.toLowerHex(), block), "transaction count");
  }

  /** {@code eth_gasPrice}. */
  public BigInteger gasPrice() {
    return RpcJson.quantity(read("eth_gasPrice"), "gas price");
  }

  /** {@code eth_maxPriorityFeePerGas}. */
  public BigInteger maxPriorityFeePerGas() {
    return RpcJson.quantity(read("eth_maxPriorityFeePerGas"), "priority fee");
  }

  /** The {@code baseFeePerGas} of a block ("latest", "pending"), empty before London. */
  public Optional<BigInteger> baseFee(String block) {
    JsonNode b = read("eth_getBlockByNumber", block, false);
    if (b == null || !b.isObject()) {
      throw RpcJson.malformed("block " + block + " not found: " + RpcJson.shown(b));
    }
    JsonNode fee = b.get("baseFeePerGas");
    return fee == null || fee.isNull()
        ? Optional.empty()
        : Optional.of(RpcJson.quantity(fee, "base fee"));
  }

  /** {@code eth_feeHistory} for {@code blocks} blocks up to {@code newest}. */
  public FeeHistory feeHistory(int blocks, String newest, List<Integer> percentiles) {
    JsonNode r =
        read(
            "eth_feeHistory",
            Quantities.toHex(BigInteger.valueOf(blocks)),
            newest,
            List.copyOf(percentiles));
    if (r == null || !r.path("baseFeePerGas").isArray()) {
      throw RpcJson.malformed("fee history without baseFeePerGas: " + RpcJson.shown(r));
    }
    List<BigInteger> base = new ArrayList<>();
    r.get("baseFeePerGas").forEach(n -> base.add(RpcJson.quantity(n, "base fee")));
    List<Double> ratios = new ArrayList<>();
    r.path("gasUsedRatio").forEach(n -> ratios.add(n.asDouble()));
    List<List<BigInteger>> rewards = new ArrayList<>();
    for (JsonNode block : r.path("reward")) {
      List<BigInteger> row = new ArrayList<>();
      block.forEach(n -> row.add(RpcJson.quantity(n, "reward")));
      if (row.size() != percentiles.size()) {
        throw RpcJson.malformed("fee history reward row has " + row.size() + " entries");
      }
      rewards.add(row);
    }
    return new FeeHistory(base, ratios, rewards);
  }

  /** {@code eth_estimateGas}. */
  public BigInteger estimateGas(CallRequest call) {
    return RpcJson.quantity(read("eth_estimateGas", callObject(call)), "gas estimate");
  }

  /** {@code eth_call} at {@code block}. */
  public HexBytes call(CallRequest call, String block) {
    return RpcJson.bytes(read("eth_call", callObject(call), block), "call result");
  }

  /**
   * {@code eth_sendRawTransaction}, sent once: a timeout here does not mean it was not accepted.
   *
   * @return the hash the node reports
   */
  public HexBytes sendRawTransaction(HexBytes raw) {
    return RpcJson.bytes(client.call("eth_sendRawTransaction", raw.toHex()), "hash");
  }

  /** {@code eth_getTransactionReceipt}; empty while pending or unknown. */
  public Optional<Receipt> receipt(HexBytes hash) {
    JsonNode r = read("eth_getTransactionReceipt", hash.toHex());
    if (r == null || r.isNull()) {
      return Optional.empty();
    }
    JsonNode reason = r.get("revertReason");
    return Optional.of(
        new Receipt(
            RpcJson.bytes(r.get("transactionHash"), "transactionHash"),
            RpcJson.quantity(r.get("blockNumber"), "blockNumber"),
            RpcJson.quantity(r.get("status"), "status").signum() == 1,
            RpcJson.quantity(r.get("gasUsed"), "gasUsed"),
            r.hasNonNull("effectiveGasPrice")
                ? RpcJson.quantity(r.get("effectiveGasPrice"), "effectiveGasPrice")
                : null,
            Optional.ofNullable(RpcJson.address(r.get("contractAddress"), "contractAddress")),
            reason == null || reason.isNull()
                ? Optional.empty()
                : Optional.of(RevertReason.decodeOrRaw(reason.asText()))));
  }

  /** {@code eth_getTransactionByHash}; empty if the node does not know it. */
  public Optional<TransactionInfo> transaction(HexBytes hash) {
    JsonNode t = read("eth_getTransactionByHash", hash.toHex());
    if (t == null || t.isNull()) {
      return Optional.empty();
    }
    JsonNode block = t.get("blockNumber");
    return Optional.of(
        new TransactionInfo(
            RpcJson.bytes(t.get("hash"), "hash"),
            RpcJson.address(t.get("from"), "from"),
            RpcJson.address(t.get("to"), "to"),
            RpcJson.quantity(t.get("nonce"), "nonce"),
            RpcJson.quantity(t.get("value"), "value"),
            RpcJson.quantity(t.get("gas"), "gas"),
            RpcJson.bytes(t.get("input"), "input"),
            block == null || block.isNull()
                ? Optional.empty()
                : Optional.of(RpcJson.quantity(block, "blockNumber"))));
  }

  /** The {@code eth_call} of {@code call} at {@code block} as one call of a batch. */
  public JsonRpcClient.Call ethCall(CallRequest call, String block) {
    return JsonRpcClient.Call.of("eth_call", callObject(call), block);
  }

  /** The call object of {@code eth_call} and {@code eth_estimateGas}, written as JSON in order. */
  private static Map<String, Object> callObject(CallRequest c) {
    Map<String, Object> o = new LinkedHashMap<>();
    if (c.from() != null) {
      o.put("from", c.from().toLowerHex());
    }
    if (c.to() != null) {
      o.put("to", c.to().toLowerHex());
    }
    if (c.value() != null) {
      o.put("value", Quantities.toHex(c.value()));
    }
    if (c.data() != null && !c.data().isEmpty()) {
      o.put("data", c.data().toHex());
    }
    return o;
  }

  private JsonNode read(String method, Object... params) {
    return client.call(method, params);
  }
}
