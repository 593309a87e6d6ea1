package io.abacus.wallet.payout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.wallet.payout.JournalRow.Status;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The payout journal's JSON, read and written through Jackson's tree model, field by field in the
 * records' order (a field that is null is left out of rows and batches). Not through data binding:
 * building the bean (de)serializers of the three records costs a fresh process about 80 ms of CPU
 * on its first {@code open} and 40 ms on its first save, more than parsing the whole journal, and
 * every {@code payout run} resume pays it (docs/benchmarks.md, "Eighth pass: test CPU").
 */
final class JournalJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JournalJson() {}

  /**
   * The journal in {@code bytes}; a file that is not JSON, or whose fields have the wrong type,
   * throws (IOException or an unchecked exception: the caller reports both as damage).
   */
  static PayoutJournal.Content parse(byte[] bytes) throws IOException {
    JsonNode root = JSON.readTree(bytes);
    if (root == null || !root.isObject()) {
      throw new IOException("not a JSON object");
    }
    String format = text(root, "format");
    int version = Math.toIntExact(integral(root, "version", 0L));
    List<JournalRow> rows = null;
    List<JournalBatch> batches = null;
    if (root.hasNonNull("rows")) {
      // Another file or a newer journal: the caller refuses it by its header, whatever its rows.
      boolean readable = PayoutJournal.FORMAT.equals(format) && version <= PayoutJournal.VERSION;
      rows = readable ? list(root.get("rows"), JournalJson::row) : List.of();
      batches =
          readable && root.hasNonNull("batches")
              ? list(root.get("batches"), JournalJson::batch)
              : null;
    }
    return new PayoutJournal.Content(
        format,
        version,
        integral(root, "chainId", 0L),
        text(root, "from"),
        text(root, "csvSha256"),
        text(root, "created"),
        rows,
        batches);
  }

  /** The journal as stored: indented, in the order of the records' fields. */
  static byte[] toBytes(PayoutJournal.Content c) throws IOException {
    ObjectNode root =
        JSON.createObjectNode()
            .put("format", c.format())
            .put("version", c.version())
            .put("chainId", c.chainId())
            .put("from", c.from())
            .put("csvSha256", c.csvSha256())
            .put("created", c.created());
    ArrayNode rows = root.putArray("rows");
    c.rows().forEach(r -> rows.add(json(r)));
    ArrayNode batches = root.putArray("batches");
    c.batches().forEach(b -> batches.add(json(b)));
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
  }

  private static ObjectNode json(JournalRow r) {
    ObjectNode n = JSON.createObjectNode().put("line", r.line());
    putText(n, "to", r.to());
    putText(n, "amount", r.amount());
    putText(n, "asset", r.asset());
    putText(n, "reference", r.reference());
    putText(n, "recipient", r.recipient());
    putText(n, "token", r.token());
    putText(n, "symbol", r.symbol());
    n.put("decimals", r.decimals());
    putText(n, "units", r.units());
    putState(n, r);
    if (r.batch() != null) {
      n.put("batch", r.batch());
    }
    return n;
  }

  private static ObjectNode json(JournalBatch b) {
    ObjectNode n = JSON.createObjectNode().put("id", b.id());
    putText(
        n, "kind", b.kind() == null ? null : b.kind().name().toLowerCase(java.util.Locale.ROOT));
    putText(n, "contract", b.contract());
    putText(n, "token", b.token());
    putText(n, "units", b.units());
    ArrayNode lines = n.putArray("lines");
    b.lines().forEach(lines::add);
    putState(n, b);
    return n;
  }

  /** The transaction fields a row and a batch share, in their records' order. */
  private static void putState(ObjectNode n, PayoutTx t) {
    putText(n, "status", t.status() == null ? null : t.status().label());
    if (t.nonce() != null) {
      n.put("nonce", t.nonce());
    }
    putText(n, "hash", t.hash());
    putText(n, "raw", t.raw());
    ArrayNode earlier = n.putArray("earlierHashes");
    t.earlierHashes().forEach(earlier::add);
    if (t.block() != null) {
      n.put("block", t.block());
    }
    putText(n, "fee", t.fee());
    putText(n, "time", t.time());
    putText(n, "error", t.error());
    if (t.cancel() != null) {
      n.put("cancel", t.cancel());
    }
  }

  private static void putText(ObjectNode n, String field, String value) {
    if (value != null) {
      n.put(field, value);
    }
  }

  private static JournalRow row(JsonNode n) {
    return new JournalRow(
        Math.toIntExact(integral(n, "line", 0L)),
        text(n, "to"),
        text(n, "amount"),
        text(n, "asset"),
        text(n, "reference"),
        text(n, "recipient"),
        text(n, "token"),
        text(n, "symbol"),
        Math.toIntExact(integral(n, "decimals", 0L)),
        text(n, "units"),
        state(n),
        n.hasNonNull("batch") ? Math.toIntExact(integral(n, "batch", 0L)) : null);
  }

  private static JournalBatch batch(JsonNode n) {
    String kind = text(n, "kind");
    return new JournalBatch(
        Math.toIntExact(integral(n, "id", 0L)),
        kind == null ? null : JournalBatch.Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)),
        text(n, "contract"),
        text(n, "token"),
        text(n, "units"),
        n.hasNonNull("lines") ? list(n.get("lines"), l -> Math.toIntExact(integral(l))) : null,
        state(n));
  }

  private static TxState state(JsonNode n) {
    String status = text(n, "status");
    return new TxState(
        status == null ? null : status(status),
        n.hasNonNull("nonce") ? integral(n, "nonce", 0L) : null,
        text(n, "hash"),
        text(n, "raw"),
        n.hasNonNull("earlierHashes") ? list(n.get("earlierHashes"), JournalJson::text) : null,
        n.hasNonNull("block") ? integral(n, "block", 0L) : null,
        text(n, "fee"),
        text(n, "time"),
        text(n, "error"),
        n.hasNonNull("cancel") ? bool(n.get("cancel")) : null);
  }

  private static Status status(String label) {
    for (Status s : Status.values()) {
      if (s.label().equals(label)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown status \"" + label + "\"");
  }

  private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
    if (!array.isArray()) {
      throw new IllegalArgumentException("expected a list, found " + array.getNodeType());
    }
    List<T> out = new ArrayList<>(array.size());
    array.forEach(e -> out.add(item.apply(e)));
    return out;
  }

  /** The text of {@code field}, or null when it is missing or null. */
  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? text(n.get(field)) : null;
  }

  private static String text(JsonNode v) {
    if (!v.isTextual()) {
      throw new IllegalArgumentException("expected text, found " + v.getNodeType());
    }
    return v.textValue();
  }

  private static long integral(JsonNode n, String field, long missing) {
    return n.hasNonNull(field) ? integral(n.get(field)) : missing;
  }

  private static long integral(JsonNode v) {
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      throw new IllegalArgumentException("expected a whole number, found " + v);
    }
    return v.longValue();
  }

  private static boolean bool(JsonNode v) {
    if (!v.isBoolean()) {
      throw new IllegalArgumentException("expected true or false, found " + v);
    }
    return v.booleanValue();
  }
}
