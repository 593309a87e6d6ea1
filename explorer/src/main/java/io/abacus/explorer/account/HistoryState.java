package io.abacus.explorer.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link AccountHistory} remembers for one network: per account the first block it watches
 * (first use, or a block the user chose) and the last block scanned, and the items found so far.
 * Saved as a small versioned JSON file; not thread-safe (used under the file's lock).
 */
final class HistoryState {
  static final int VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One account's window: blocks {@code firstSeen..scanned} have been scanned. */
  record Window(long firstSeen, long scanned) {}

  private final long chainId;
  private final Map<String, Window> accounts = new LinkedHashMap<>();
  private final Map<String, ActivityItem> items = new LinkedHashMap<>();

  private HistoryState(long chainId) {
    this.chainId = chainId;
  }

  /** The saved state, or an empty one; refuses a file of another chain or a newer version. */
  static HistoryState parse(Optional<byte[]> bytes, long chainId) throws IOException {
    HistoryState state = new HistoryState(chainId);
    if (bytes.isEmpty()) {
      return state;
    }
    JsonNode root = JSON.readTree(bytes.get());
    int version = root.path("version").asInt(-1);
    if (version != VERSION) {
      throw new IOException("the activity file has version " + version + ", not " + VERSION);
    }
    if (root.path("chainId").asLong(-1) != chainId) {
      throw new IOException("the activity file belongs to chain " + root.path("chainId"));
    }
    root.path("accounts")
        .fields()
        .forEachRemaining(
            e ->
                state.accounts.put(
                    e.getKey(),
                    new Window(
                        e.getValue().path("firstSeen").asLong(),
                        e.getValue().path("scanned").asLong())));
    for (JsonNode n : root.path("items")) {
      state.put(item(n));
    }
    return state;
  }

  byte[] toBytes() throws IOException {
    ObjectNode root = JSON.createObjectNode().put("version", VERSION).put("chainId", chainId);
    ObjectNode acc = root.putObject("accounts");
    accounts.forEach(
        (a, w) -> acc.putObject(a).put("firstSeen", w.firstSeen()).put("scanned", w.scanned()));
    ArrayNode list = root.putArray("items");
    items.values().forEach(i -> list.add(json(i)));
    return JSON.writeValueAsBytes(root);
  }

  Optional<Window> window(String account) {
    return Optional.ofNullable(accounts.get(account));
  }

  void setWindow(String account, Window window) {
    accounts.put(account, window);
  }

  /** Adds or replaces an item (same key: same movement). */
  void put(ActivityItem item) {
    items.put(item.key(), item);
  }

  /** Drops the items of {@code account} in blocks {@code >= from} (they are scanned again). */
  void dropFrom(String account, long from) {
    items.values().removeIf(i -> i.account().equals(account) && i.blockNumber() >= from);
  }

  /** The items of the given accounts, newest first. */
  List<ActivityItem> items(List<String> of) {
    List<ActivityItem> out = new ArrayList<>();
    for (ActivityItem i : items.values()) {
      if (of.contains(i.account())) {
        out.add(i);
      }
    }
    out.sort(
        Comparator.comparingLong(ActivityItem::blockNumber)
            .thenComparingInt(ActivityItem::logIndex)
            .reversed());
    return out;
  }

  private static ObjectNode json(ActivityItem i) {
    ObjectNode n =
        JSON.createObjectNode()
            .put("hash", i.hash())
            .put("blockNumber", i.blockNumber())
            .put("blockHash", i.blockHash())
            .put("time", i.time())
            .put("account", i.account())
            .put("direction", i.direction())
            .put("asset", i.asset())
            .put("amount", i.amount().toString())
            .put("counterparty", i.counterparty())
            .put("logIndex", i.logIndex());
    if (i.fee() != null) {
      n.put("fee", i.fee().toString());
    }
    return n;
  }

  private static ActivityItem item(JsonNode n) {
    return new ActivityItem(
        n.path("hash").asText(),
        n.path("blockNumber").asLong(),
        n.path("blockHash").asText(),
        n.path("time").asLong(),
        n.path("account").asText(),
        n.path("direction").asText(),
        n.path("asset").asText(),
        new BigInteger(n.path("amount").asText("0")),
        n.path("counterparty").isTextual() ? n.path("counterparty").asText() : null,
        n.path("logIndex").asInt(-1),
        n.hasNonNull("fee") ? new BigInteger(n.path("fee").asText()) : null);
  }
}
