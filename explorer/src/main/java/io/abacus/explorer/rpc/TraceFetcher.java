package io.abacus.explorer.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.rpc.RpcException;
import java.util.List;
import java.util.Map;

/**
 * Reads blocks' call traces through a {@link BlockFetcher}'s client and batching: detects which
 * trace method the node answers, then fetches traces for a chunk of blocks in JSON-RPC batches of
 * at most {@value #MAX_BLOCKS_PER_REQUEST} blocks. Thread-safe.
 */
public final class TraceFetcher {
  private static final Map<String, String> CALL_TRACER = Map.of("tracer", "callTracer");

  /**
   * Most blocks traced per request: tracing re-executes every transaction, so a 50-block batch of
   * full blocks can outlast the request timeout on a busy node.
   */
  static final int MAX_BLOCKS_PER_REQUEST = 5;

  private final BlockFetcher blocks;

  public TraceFetcher(BlockFetcher blocks) {
    this.blocks = blocks;
  }

  /**
   * Which trace method the node answers for block {@code number}: {@code callTracer} first, then
   * {@code trace_block}, else {@link TraceMethod#NONE}. Other failures (node down) are thrown.
   */
  public TraceMethod detect(long number) {
    for (TraceMethod m : List.of(TraceMethod.CALL_TRACER, TraceMethod.TRACE_BLOCK)) {
      try {
        JsonNode answer = call(m, number);
        if (answer != null && answer.isArray()) {
          return m;
        }
      } catch (RpcException e) {
        if (e.kind() == RpcException.Kind.UNREACHABLE) {
          throw e;
        }
      }
    }
    return TraceMethod.NONE;
  }

  /**
   * The traces of blocks {@code numbers}, one JSON array per block, with {@code method}.
   *
   * @throws RpcException when the node fails or answers something other than a list
   */
  public List<JsonNode> fetch(List<Long> numbers, TraceMethod method) {
    if (method == TraceMethod.NONE) {
      throw new IllegalArgumentException("no trace method");
    }
    List<JsonNode> answers = new java.util.ArrayList<>(numbers.size());
    for (int i = 0; i < numbers.size(); i += MAX_BLOCKS_PER_REQUEST) {
      List<Long> part = numbers.subList(i, Math.min(numbers.size(), i + MAX_BLOCKS_PER_REQUEST));
      answers.addAll(blocks.batched(part, n -> toCall(method, n)));
    }
    for (int i = 0; i < answers.size(); i++) {
      JsonNode a = answers.get(i);
      if (a == null || !a.isArray()) {
        throw new RpcException(
            RpcException.Kind.MALFORMED_RESPONSE,
            "the node at " + blocks.endpoint() + " sent no trace list for block " + numbers.get(i));
      }
    }
    return answers;
  }

  private JsonNode call(TraceMethod m, long number) {
    JsonRpcClient.Call c = toCall(m, number);
    return blocks.client().call(c.method(), c.params().toArray());
  }

  private static JsonRpcClient.Call toCall(TraceMethod m, long number) {
    String block = Quantities.toHex(number);
    return m == TraceMethod.CALL_TRACER
        ? JsonRpcClient.Call.of("debug_traceBlockByNumber", block, CALL_TRACER)
        : JsonRpcClient.Call.of("trace_block", block);
  }
}
