package io.abacus.explorer.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.rpc.NodeConnection;
import io.abacus.wallet.rpc.RpcException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches blocks and receipts over the node layer's {@link JsonRpcClient} with standard JSON-RPC
 * only: batched {@code eth_getBlockByNumber(n, true)} and {@code eth_getBlockReceipts}, falling
 * back to batched {@code eth_getTransactionReceipt} when the node lacks the latter. Halves the
 * batch size when the node refuses a batch, and remembers the size that worked. Thread-safe.
 */
public final class BlockFetcher {
  private static final Logger LOG = LoggerFactory.getLogger(BlockFetcher.class);

  private final JsonRpcClient client;
  private final AtomicInteger batchSize;
  private final AtomicBoolean blockReceipts = new AtomicBoolean(true);

  /**
   * @param client the JSON-RPC client
   * @param maxBatch the largest batch to send; halved on refusal down to 1
   */
  public BlockFetcher(JsonRpcClient client, int maxBatch) {
    if (maxBatch < 1) {
      throw new IllegalArgumentException("batch size must be at least 1");
    }
    this.client = client;
    this.batchSize = new AtomicInteger(maxBatch);
  }

  public String endpoint() {
    return client.endpoint();
  }

  /** The JSON-RPC client it reads through, for other reads of the same node. */
  public JsonRpcClient client() {
    return client;
  }

  /** The node's chain id ({@code eth_chainId}). */
  public long chainId() {
    return NodeConnection.chainIdOf(client);
  }

  /** The node's head block number. */
  public long headNumber() {
    return quantity(client.call("eth_blockNumber"), "eth_blockNumber");
  }

  /** The current batch size (after any halving). */
  public int batchSize() {
    return batchSize.get();
  }

  /** Whether {@code eth_getBlockReceipts} is in use (false after falling back). */
  public boolean usesBlockReceipts() {
    return blockReceipts.get();
  }

  /** The canonical hash at {@code number} (lower-case hex), or null when the node has no block. */
  public String blockHash(long number) {
    JsonNode block = client.call("eth_getBlockByNumber", hex(number), false);
    return block == null || block.isNull() ? null : block.path("hash").asText(null);
  }

  /**
   * Fetches blocks {@code from..to} inclusive with their transactions and receipts.
   *
   * @throws RpcException when the node fails, lacks a block or answers inconsistently
   */
  public List<RawBlock> fetch(long from, long to) {
    List<Long> numbers = new ArrayList<>();
    for (long n = from; n <= to; n++) {
      numbers.add(n);
    }
    List<JsonNode> blocks =
        batched(numbers, n -> JsonRpcClient.Call.of("eth_getBlockByNumber", hex(n), true));
    for (int i = 0; i < blocks.size(); i++) {
      checkBlock(blocks.get(i), numbers.get(i));
    }
    List<List<JsonNode>> receipts = receipts(blocks);
    List<RawBlock> result = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      JsonNode block = blocks.get(i);
      checkReceipts(block, receipts.get(i));
      result.add(new RawBlock(numbers.get(i), block, receipts.get(i)));
    }
    return result;
  }

  private List<List<JsonNode>> receipts(List<JsonNode> blocks) {
    if (blockReceipts.get()) {
      try {
        return blockReceipts(blocks);
      } catch (RpcException e) {
        if (!e.isMethodNotFound()) {
          throw e;
        }
        noBlockReceipts();
      }
    }
    return transactionReceipts(blocks);
  }

  private List<List<JsonNode>> blockReceipts(List<JsonNode> blocks) {
    List<JsonNode> withTxs = new ArrayList<>();
    for (JsonNode b : blocks) {
      if (b.get("transactions").size() > 0) {
        withTxs.add(b);
      }
    }
    List<JsonNode> answers =
        batched(
            withTxs, b -> JsonRpcClient.Call.of("eth_getBlockReceipts", b.get("number").asText()));
    List<List<JsonNode>> result = new ArrayList<>(blocks.size());
    int next = 0;
    for (JsonNode b : blocks) {
      if (b.get("transactions").size() == 0) {
        result.add(List.of());
        continue;
      }
      JsonNode answer = answers.get(next++);
      if (answer == null || !answer.isArray()) {
        throw inconsistent(b, "eth_getBlockReceipts returned no list");
      }
      List<JsonNode> list = new ArrayList<>();
      answer.forEach(list::add);
      result.add(list);
    }
    return result;
  }

  private List<List<JsonNode>> transactionReceipts(List<JsonNode> blocks) {
    List<String> hashes = new ArrayList<>();
    for (JsonNode b : blocks) {
      b.get("transactions").forEach(tx -> hashes.add(tx.path("hash").asText()));
    }
    List<JsonNode> answers =
        batched(hashes, h -> JsonRpcClient.Call.of("eth_getTransactionReceipt", h));
    List<List<JsonNode>> result = new ArrayList<>(blocks.size());
    int next = 0;
    for (JsonNode b : blocks) {
      int count = b.get("transactions").size();
      result.add(new ArrayList<>(answers.subList(next, next + count)));
      next += count;
    }
    return result;
  }

  /** Sends {@code items} as batches of the current size, halving on refusal. */
  <T> List<JsonNode> batched(List<T> items, Function<T, JsonRpcClient.Call> toCall) {
    return inBatches(
        items, toCall, calls -> calls.size() == 1 ? single(calls.get(0)) : client.batch(calls));
  }

  /**
   * Sends {@code items} as batches of the current size (halving on refusal, as {@link #fetch} does)
   * and reads each result with {@code reader} straight from the answer's JSON stream.
   */
  public <T, R> List<R> batchedStreamed(
      List<T> items, Function<T, JsonRpcClient.Call> toCall, JsonRpcClient.ResultReader<R> reader) {
    return inBatches(items, toCall, calls -> client.batchStreamed(calls, reader));
  }

  /**
   * Records that the node lacks {@code eth_getBlockReceipts} (noticed by a streamed fetch), so
   * receipts are read per transaction from now on.
   */
  public void noBlockReceipts() {
    if (blockReceipts.getAndSet(false)) {
      LOG.info("{} lacks eth_getBlockReceipts; using eth_getTransactionReceipt", endpoint());
    }
  }

  private <T, R> List<R> inBatches(
      List<T> items,
      Function<T, JsonRpcClient.Call> toCall,
      Function<List<JsonRpcClient.Call>, List<R>> send) {
    List<R> results = new ArrayList<>(items.size());
    int start = 0;
    while (start < items.size()) {
      int size = batchSize.get();
      int end = Math.min(items.size(), start + size);
      List<JsonRpcClient.Call> calls = new ArrayList<>(end - start);
      for (T item : items.subList(start, end)) {
        calls.add(toCall.apply(item));
      }
      try {
        results.addAll(send.apply(calls));
        start = end;
      } catch (RpcException e) {
        if (e.kind() != RpcException.Kind.BATCH_TOO_LARGE || calls.size() == 1) {
          throw e;
        }
        int smaller = Math.max(1, calls.size() / 2);
        batchSize.accumulateAndGet(smaller, Math::min);
        LOG.info("{} refused a batch of {}; now sending {}", endpoint(), calls.size(), smaller);
      }
    }
    return results;
  }

  private List<JsonNode> single(JsonRpcClient.Call call) {
    List<JsonNode> one = new ArrayList<>(1);
    one.add(client.call(call.method(), call.params().toArray()));
    return one;
  }

  private void checkBlock(JsonNode block, long number) {
    if (block == null || block.isNull()) {
      throw new RpcException(
          RpcException.Kind.NODE_ERROR, "the node at " + endpoint() + " has no block " + number);
    }
    if (!block.isObject()
        || !block.path("transactions").isArray()
        || !block.path("hash").isTextual()
        || !block.path("parentHash").isTextual()) {
      throw new RpcException(
          RpcException.Kind.MALFORMED_RESPONSE,
          "the node at " + endpoint() + " sent a malformed block " + number);
    }
    long reported = quantity(block.get("number"), "block number");
    if (reported != number) {
      throw new RpcException(
          RpcException.Kind.MALFORMED_RESPONSE,
          "the node at " + endpoint() + " sent block " + reported + " when asked for " + number);
    }
    for (JsonNode tx : block.get("transactions")) {
      if (!tx.isObject() || !tx.path("hash").isTextual()) {
        throw new RpcException(
            RpcException.Kind.MALFORMED_RESPONSE,
            "the node at " + endpoint() + " sent block " + number + " without full transactions");
      }
    }
  }

  private void checkReceipts(JsonNode block, List<JsonNode> receipts) {
    JsonNode txs = block.get("transactions");
    if (receipts.size() != txs.size()) {
      throw inconsistent(block, receipts.size() + " receipts for " + txs.size() + " transactions");
    }
    String blockHash = block.get("hash").asText();
    for (int i = 0; i < receipts.size(); i++) {
      JsonNode r = receipts.get(i);
      if (r == null || r.isNull() || !r.isObject()) {
        throw inconsistent(block, "a receipt is missing");
      }
      if (!blockHash.equalsIgnoreCase(r.path("blockHash").asText())) {
        throw new RpcException(
            RpcException.Kind.CHAIN_MOVED,
            "block "
                + block.get("number").asText()
                + " changed while it was read (chain reorganised); retry");
      }
      String txHash = txs.get(i).get("hash").asText();
      if (!txHash.equalsIgnoreCase(r.path("transactionHash").asText())) {
        throw inconsistent(block, "receipt " + i + " is for another transaction");
      }
    }
  }

  private RpcException inconsistent(JsonNode block, String why) {
    return new RpcException(
        RpcException.Kind.MALFORMED_RESPONSE,
        "the node at "
            + endpoint()
            + " answered inconsistently for block "
            + block.path("number").asText()
            + ": "
            + why);
  }

  private static String hex(long n) {
    return Quantities.toHex(n);
  }

  private long quantity(JsonNode node, String what) {
    String text = node == null ? "" : node.asText("");
    try {
      return Quantities.parseHexLong(text, what);
    } catch (IllegalArgumentException e) {
      throw new RpcException(
          RpcException.Kind.MALFORMED_RESPONSE,
          "the node at " + endpoint() + " sent a malformed " + what + ": '" + text + "'");
    }
  }
}
