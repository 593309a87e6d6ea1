package io.abacus.explorer.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.rpc.JsonRpcTransport;
import java.util.ArrayList;
import java.util.List;

/** Empty blocks 0..head; refuses eth_getLogs over more than {@code maxRange} blocks. */
final class FakeNode implements JsonRpcTransport {
  private static final ObjectMapper JSON = new ObjectMapper();
  final List<String> methods = new ArrayList<>();

  final long head;
  final long maxRange;
  final List<long[]> answered = new ArrayList<>();
  int refused;

  FakeNode(long head, long maxRange) {
    this.head = head;
    this.maxRange = maxRange;
  }

  @Override
  public synchronized String send(String requestJson) {
    try {
      JsonNode request = JSON.readTree(requestJson);
      if (request.isArray()) {
        ArrayNode out = JSON.createArrayNode();
        request.forEach(r -> out.add(answer(r)));
        return JSON.writeValueAsString(out);
      }
      return JSON.writeValueAsString(answer(request));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private ObjectNode answer(JsonNode r) {
    methods.add(r.get("method").asText());
    ObjectNode out = JSON.createObjectNode().put("jsonrpc", "2.0").set("id", r.get("id"));
    switch (r.get("method").asText()) {
      case "eth_blockNumber" -> out.put("result", Quantities.toHex(head));
      case "eth_getBlockByNumber" -> out.set("result", block(r.get("params").get(0).asText()));
      case "eth_getLogs" -> {
        JsonNode f = r.get("params").get(0);
        long a = Quantities.parseHexLong(f.get("fromBlock").asText(), "from");
        long b = Quantities.parseHexLong(f.get("toBlock").asText(), "to");
        if (b - a + 1 > maxRange) {
          refused++;
          out.putObject("error")
              .put("code", -32000)
              .put("message", "query returned more than 10000 results");
        } else {
          answered.add(new long[] {a, b});
          out.putArray("result");
        }
      }
      default -> throw new AssertionError("unexpected " + r);
    }
    return out;
  }

  private static ObjectNode block(String number) {
    long n = Quantities.parseHexLong(number, "n");
    ObjectNode b = JSON.createObjectNode();
    b.put("number", number)
        .put("hash", String.format("0x%064x", n + 1000))
        .put("parentHash", String.format("0x%064x", n + 999))
        .put("timestamp", Quantities.toHex(1_700_000_000L + n))
        .put("gasUsed", "0x0")
        .put("gasLimit", "0x1c9c380");
    b.putArray("transactions");
    return b;
  }

  @Override
  public String endpoint() {
    return "http://fake.test";
  }
}
