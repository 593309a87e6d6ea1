package io.abacus.explorer.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.explorer.rpc.TraceMethod;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.rpc.RpcException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a block's call traces into internal transfers per transaction: every nested CALL, CREATE,
 * CREATE2 or SELFDESTRUCT below the top level that moved ETH, and every nested creation. Calls that
 * reverted (an {@code error}) are skipped with everything below them, since their effects were
 * undone.
 */
public final class Traces {
  private Traces() {}

  /**
   * The internal transfers of each of the block's {@code txCount} transactions.
   *
   * @throws IllegalArgumentException when the traces do not fit the block
   */
  public static List<List<ParsedBlock.InternalTransfer>> parse(
      TraceMethod method, JsonNode traces, int txCount) {
    List<List<ParsedBlock.InternalTransfer>> result = new ArrayList<>(txCount);
    for (int i = 0; i < txCount; i++) {
      result.add(new ArrayList<>());
    }
    if (method == TraceMethod.CALL_TRACER) {
      if (traces.size() != txCount) {
        throw new IllegalArgumentException(traces.size() + " traces for " + txCount + " txs");
      }
      for (int i = 0; i < txCount; i++) {
        JsonNode top = traces.get(i).has("result") ? traces.get(i).get("result") : traces.get(i);
        if (!top.hasNonNull("error")) {
          for (JsonNode child : top.path("calls")) {
            callFrame(child, result.get(i));
          }
        }
      }
    } else {
      parityTraces(traces, result);
    }
    return result;
  }

  /**
   * {@code blocks} with the internal transfers of {@code answers}, the traces of each block that
   * has transactions, in order.
   *
   * @throws RpcException of kind MALFORMED_RESPONSE when traces do not fit their block
   */
  static List<ParsedBlock> attach(
      List<ParsedBlock> blocks, List<JsonNode> answers, TraceMethod method) {
    List<ParsedBlock> result = new ArrayList<>(blocks.size());
    int next = 0;
    for (ParsedBlock b : blocks) {
      if (b.transactions().isEmpty()) {
        result.add(b);
        continue;
      }
      List<List<ParsedBlock.InternalTransfer>> internals;
      try {
        internals = parse(method, answers.get(next++), b.transactions().size());
      } catch (IllegalArgumentException e) {
        throw new RpcException(
            RpcException.Kind.MALFORMED_RESPONSE,
            "the traces of block " + b.number() + " are malformed: " + e.getMessage());
      }
      List<ParsedBlock.Tx> txs = new ArrayList<>(b.transactions().size());
      for (ParsedBlock.Tx t : b.transactions()) {
        txs.add(t.withInternals(internals.get(t.index())));
      }
      result.add(b.withTransactions(txs));
    }
    return result;
  }

  private static void callFrame(JsonNode frame, List<ParsedBlock.InternalTransfer> out) {
    if (frame.hasNonNull("error")) {
      return;
    }
    String type = frame.path("type").asText("").toUpperCase(Locale.ROOT);
    BigInteger value = frame.hasNonNull("value") ? quantity(frame.get("value")) : BigInteger.ZERO;
    boolean creation = type.equals("CREATE") || type.equals("CREATE2");
    boolean moves = type.equals("CALL") || type.equals("SELFDESTRUCT") || creation;
    if (moves && (creation || value.signum() > 0)) {
      out.add(
          new ParsedBlock.InternalTransfer(
              out.size(), address(frame.get("from")), address(frame.get("to")), value, type));
    }
    for (JsonNode child : frame.path("calls")) {
      callFrame(child, out);
    }
  }

  /** {@code trace_block}: a flat list in call order with {@code traceAddress} paths. */
  private static void parityTraces(
      JsonNode traces, List<List<ParsedBlock.InternalTransfer>> result) {
    List<String> reverted = new ArrayList<>();
    for (JsonNode t : traces) {
      if (!t.hasNonNull("transactionPosition")) {
        continue; // block and uncle rewards
      }
      int tx = t.get("transactionPosition").asInt();
      if (tx < 0 || tx >= result.size()) {
        throw new IllegalArgumentException("a trace is for transaction " + tx);
      }
      boolean top = t.path("traceAddress").size() == 0;
      String path = tx + ":" + t.path("traceAddress").toString();
      if (t.hasNonNull("error")) {
        reverted.add(top ? tx + ":[" : path.substring(0, path.length() - 1) + ",");
        continue;
      }
      if (top || isBelow(path, reverted)) {
        continue;
      }
      add(t, result.get(tx));
    }
  }

  private static boolean isBelow(String path, List<String> reverted) {
    for (String r : reverted) {
      if (path.startsWith(r)) {
        return true;
      }
    }
    return false;
  }

  private static void add(JsonNode t, List<ParsedBlock.InternalTransfer> out) {
    JsonNode action = t.path("action");
    String kind = t.path("type").asText("");
    switch (kind) {
      case "call" -> {
        BigInteger value = quantity(action.get("value"));
        if (action.path("callType").asText("call").equals("call") && value.signum() > 0) {
          out.add(transfer(out, action.get("from"), action.get("to"), value, "CALL"));
        }
      }
      case "create" -> {
        String type = action.path("creationMethod").asText("create").toUpperCase(Locale.ROOT);
        out.add(
            transfer(
                out,
                action.get("from"),
                t.path("result").get("address"),
                quantity(action.get("value")),
                type.equals("CREATE2") ? type : "CREATE"));
      }
      case "suicide", "selfdestruct" -> {
        BigInteger value = quantity(action.get("balance"));
        if (value.signum() > 0) {
          out.add(
              transfer(
                  out, action.get("address"), action.get("refundAddress"), value, "SELFDESTRUCT"));
        }
      }
      default -> {
        // rewards and unknown kinds move no ETH between accounts
      }
    }
  }

  private static ParsedBlock.InternalTransfer transfer(
      List<ParsedBlock.InternalTransfer> out,
      JsonNode from,
      JsonNode to,
      BigInteger value,
      String type) {
    return new ParsedBlock.InternalTransfer(out.size(), address(from), address(to), value, type);
  }

  private static byte[] address(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    byte[] b = HexBytes.decode(node.asText());
    if (b.length != 20) {
      throw new IllegalArgumentException("a trace address has " + b.length + " bytes");
    }
    return b;
  }

  private static BigInteger quantity(JsonNode node) {
    if (node == null || node.isNull()) {
      return BigInteger.ZERO;
    }
    String text = node.asText();
    if (!text.startsWith("0x") || text.length() < 3) {
      throw new IllegalArgumentException("a trace value is not a hex quantity: " + text);
    }
    return new BigInteger(text.substring(2), 16);
  }
}
