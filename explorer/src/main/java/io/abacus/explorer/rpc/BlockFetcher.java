package io.abacus.explorer.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.rpc.JsonCursor;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.rpc.NodeConnection;
import io.abacus.wallet.rpc.RpcException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Batches calls for blocks, receipts and traces over the node layer's {@link JsonRpcClient} with
 * standard JSON-RPC only (what is asked and how the answers are read: {@link
 * io.abacus.explorer.ingest.BlockStream}, {@link TraceFetcher}). Halves the batch size when the
 * node refuses a batch, and remembers the size that worked; remembers whether the node answers
 * {@code eth_getBlockReceipts}. Thread-safe.
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
    return quantity(client.callStreamed("eth_blockNumber", JsonCursor::stringOrNull));
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
    return client.callStreamed("eth_getBlockByNumber", BlockFetcher::hashOf, hex(number), false);
  }

  private static final JsonCursor.Names HASH = new JsonCursor.Names("hash");

  /** The {@code hash} field of a block object, as text; null if it has none or is no object. */
  private static String hashOf(JsonCursor in) throws IOException {
    if (!in.tryObject()) {
      in.skipValue();
      return null;
    }
    String hash = null;
    while (in.nextField()) {
      if (in.field(HASH) == 0) {
        hash = in.stringOrNull();
      } else {
        in.skipValue();
      }
    }
    return hash;
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

  private static String hex(long n) {
    return Quantities.toHex(n);
  }

  private long quantity(String answer) {
    String what = "eth_blockNumber";
    String text = answer == null ? "" : answer;
    try {
      return Quantities.parseHexLong(text, what);
    } catch (IllegalArgumentException e) {
      throw new RpcException(
          RpcException.Kind.MALFORMED_RESPONSE,
          "the node at " + endpoint() + " sent a malformed " + what + ": '" + text + "'");
    }
  }
}
