package io.abacus.explorer.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.rpc.RpcException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The previous, tree-based reading of blocks and their receipts ({@code JsonNode}s into {@link
 * ParsedBlock}s), kept as the test oracle the streaming reader ({@link BlockStream}) is compared
 * with: written independently of it, from the same JSON-RPC spec.
 */
public final class TreeBlocks {
  private TreeBlocks() {}

  /**
   * Blocks {@code from..to} read as trees: batched {@code eth_getBlockByNumber(n, true)}, then
   * batched {@code eth_getBlockReceipts} of the blocks with transactions (no checks, no fallback).
   */
  public static List<ParsedBlock> fetch(JsonRpcClient client, long from, long to) {
    List<JsonRpcClient.Call> blockCalls = new ArrayList<>();
    for (long n = from; n <= to; n++) {
      blockCalls.add(JsonRpcClient.Call.of("eth_getBlockByNumber", Quantities.toHex(n), true));
    }
    List<JsonNode> blocks = answers(client, blockCalls);
    List<JsonRpcClient.Call> receiptCalls = new ArrayList<>();
    for (JsonNode b : blocks) {
      if (b.get("transactions").size() > 0) {
        receiptCalls.add(JsonRpcClient.Call.of("eth_getBlockReceipts", b.get("number").asText()));
      }
    }
    List<JsonNode> receipts = answers(client, receiptCalls);
    List<ParsedBlock> parsed = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < blocks.size(); i++) {
      JsonNode b = blocks.get(i);
      List<JsonNode> list = new ArrayList<>();
      if (b.get("transactions").size() > 0) {
        receipts.get(next++).forEach(list::add);
      }
      parsed.add(parse(from + i, b, list));
    }
    return parsed;
  }

  /** One call goes as a single request, as the streaming fetch sends it. */
  private static List<JsonNode> answers(JsonRpcClient client, List<JsonRpcClient.Call> calls) {
    if (calls.size() == 1) {
      JsonRpcClient.Call c = calls.get(0);
      return List.of(client.call(c.method(), c.params().toArray()));
    }
    return client.batch(calls);
  }

  /**
   * Parses one block with its receipts.
   *
   * @throws RpcException of kind MALFORMED_RESPONSE naming the block and field when the JSON is
   *     unusable
   */
  static ParsedBlock parse(long number, JsonNode b, List<JsonNode> receipts) {
    try {
      JsonNode txs = b.get("transactions");
      List<ParsedBlock.Tx> parsed = new ArrayList<>(txs.size());
      for (int i = 0; i < txs.size(); i++) {
        parsed.add(tx(txs.get(i), receipts.get(i), i));
      }
      return new ParsedBlock(
          number,
          bytes(b, "hash", 32),
          bytes(b, "parentHash", 32),
          quantity(b, "timestamp"),
          optionalBytes(b, "miner", 20),
          quantity(b, "gasUsed"),
          quantity(b, "gasLimit"),
          b.hasNonNull("baseFeePerGas") ? big(b, "baseFeePerGas") : null,
          parsed);
    } catch (IllegalArgumentException e) {
      throw new RpcException(
          RpcException.Kind.MALFORMED_RESPONSE,
          "block " + number + " is malformed: " + e.getMessage());
    }
  }

  private static ParsedBlock.Tx tx(JsonNode tx, JsonNode receipt, int index) {
    long txIndex = quantity(tx, "transactionIndex");
    if (txIndex != index) {
      throw new IllegalArgumentException("transaction " + index + " has index " + txIndex);
    }
    List<ParsedBlock.Log> logs = new ArrayList<>();
    List<ParsedBlock.TokenTransfer> transfers = new ArrayList<>();
    for (JsonNode l : receipt.path("logs")) {
      ParsedBlock.Log log = log(l);
      logs.add(log);
      transfers.addAll(TokenTransfers.decode(log));
    }
    BigInteger price =
        receipt.hasNonNull("effectiveGasPrice")
            ? big(receipt, "effectiveGasPrice")
            : tx.hasNonNull("gasPrice") ? big(tx, "gasPrice") : null;
    return new ParsedBlock.Tx(
        index,
        bytes(tx, "hash", 32),
        bytes(tx, "from", 20),
        optionalBytes(tx, "to", 20),
        big(tx, "value"),
        quantity(tx, "nonce"),
        quantity(tx, "gas"),
        price,
        tx.hasNonNull("type") ? (int) quantity(tx, "type") : 0,
        tx.hasNonNull("input") ? HexBytes.decode(tx.get("input").asText()) : new byte[0],
        receipt.hasNonNull("status") ? (int) quantity(receipt, "status") : null,
        quantity(receipt, "gasUsed"),
        optionalBytes(receipt, "contractAddress", 20),
        logs,
        transfers,
        List.of());
  }

  private static ParsedBlock.Log log(JsonNode l) {
    List<byte[]> topics = new ArrayList<>(4);
    for (JsonNode t : l.path("topics")) {
      byte[] topic = HexBytes.decode(t.asText());
      if (topic.length != 32) {
        throw new IllegalArgumentException("a log topic has " + topic.length + " bytes");
      }
      topics.add(topic);
    }
    if (topics.size() > 4) {
      throw new IllegalArgumentException("a log has " + topics.size() + " topics");
    }
    return new ParsedBlock.Log(
        (int) quantity(l, "logIndex"),
        bytes(l, "address", 20),
        topics,
        l.hasNonNull("data") ? HexBytes.decode(l.get("data").asText()) : new byte[0]);
  }

  private static byte[] bytes(JsonNode node, String field, int length) {
    byte[] b = optionalBytes(node, field, length);
    if (b == null) {
      throw new IllegalArgumentException(field + " is missing");
    }
    return b;
  }

  private static byte[] optionalBytes(JsonNode node, String field, int length) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    byte[] b = HexBytes.decode(v.asText());
    if (b.length != length) {
      throw new IllegalArgumentException(field + " has " + b.length + " bytes, not " + length);
    }
    return b;
  }

  private static long quantity(JsonNode node, String field) {
    BigInteger v = big(node, field);
    if (v.bitLength() > 63) {
      throw new IllegalArgumentException(field + " is too large: " + v);
    }
    return v.longValue();
  }

  private static BigInteger big(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual() || !v.asText().startsWith("0x") || v.asText().length() < 3) {
      throw new IllegalArgumentException(field + " is not a hex quantity: " + v);
    }
    try {
      BigInteger n = new BigInteger(v.asText().substring(2), 16);
      if (n.signum() < 0) {
        throw new IllegalArgumentException(field + " is negative: " + v);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " is not a hex quantity: " + v, e);
    }
  }
}
