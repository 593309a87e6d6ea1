package io.abacus.explorer.ingest;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Random but valid JSON-RPC blocks (full transactions) and their receipt lists, as a node could
 * send them: every kept field in any order, optional ones absent, null or set, unknown fields of
 * every JSON kind (escapes, non-ASCII text, nesting), field names sometimes escaped, random
 * whitespace. For property tests of the block readers.
 */
public final class RandomBlocks {
  private static final String[] TEXT = {
    "plain",
    "q\\\"uote",
    "back\\\\slash",
    "line\\nfeed",
    "\\u00e9t\\u00E9",
    "é中😀",
    "\\/",
    "",
    "}]\\\",:{["
  };

  private final Random r;

  /** One block with its receipts, as JSON text. */
  public record Answer(long number, int txs, String block, String receipts) {}

  public RandomBlocks(long seed) {
    this.r = new Random(seed);
  }

  /** A random block with 0 to 4 transactions and the matching receipts. */
  public Answer next() {
    long number = r.nextInt(1 << 20);
    String blockHash = hex(32);
    int count = r.nextInt(5);
    List<String> txs = new ArrayList<>();
    List<String> receipts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String hash = hex(32);
      txs.add(tx(hash, i));
      receipts.add(receipt(hash, blockHash));
    }
    List<String> f = new ArrayList<>();
    f.add(field("number", quantity(number)));
    f.add(field("hash", str(blockHash)));
    f.add(field("parentHash", str(hex(32))));
    f.add(field("timestamp", quantity(r.nextInt(Integer.MAX_VALUE))));
    optional(f, "miner", () -> str(hex(20)));
    f.add(field("gasUsed", quantity(r.nextInt(30_000_000))));
    f.add(field("gasLimit", quantity(Long.MAX_VALUE - r.nextInt(1000))));
    optional(f, "baseFeePerGas", this::big);
    f.add(field("transactions", list(txs)));
    f.add(field("logsBloom", str(hex(256))));
    return new Answer(number, count, object(f), list(receipts));
  }

  private String tx(String hash, int index) {
    List<String> f = new ArrayList<>();
    f.add(field("hash", str(hash)));
    f.add(field("from", str(hex(20))));
    optional(f, "to", () -> str(hex(20)));
    f.add(field("value", big()));
    f.add(field("nonce", quantity(r.nextInt(1000))));
    f.add(field("gas", quantity(21_000 + r.nextInt(1_000_000))));
    optional(f, "gasPrice", this::big);
    optional(f, "type", () -> quantity(r.nextInt(4)));
    optional(f, "input", () -> str(hex(r.nextInt(40))));
    f.add(field("transactionIndex", quantity(index)));
    f.add(field("r", str(hex(32))));
    return object(f);
  }

  private String receipt(String txHash, String blockHash) {
    List<String> f = new ArrayList<>();
    f.add(field("transactionHash", str(txHash)));
    f.add(field("blockHash", str(blockHash)));
    optional(f, "status", () -> quantity(r.nextInt(2)));
    f.add(field("gasUsed", quantity(21_000 + r.nextInt(1_000_000))));
    optional(f, "effectiveGasPrice", this::big);
    optional(f, "contractAddress", () -> str(hex(20)));
    optional(f, "logs", this::logs);
    return object(f);
  }

  private String logs() {
    List<String> logs = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      List<String> f = new ArrayList<>();
      f.add(field("logIndex", quantity(r.nextInt(100))));
      f.add(field("address", str(hex(20))));
      optional(
          f,
          "topics",
          () -> {
            List<String> topics = new ArrayList<>();
            for (int t = r.nextInt(5); t > 0; t--) {
              topics.add(str(hex(32)));
            }
            return list(topics);
          });
      optional(f, "data", () -> str(hex(r.nextInt(70))));
      f.add(field("removed", "false"));
      logs.add(object(f));
    }
    return list(logs);
  }

  /** Absent, null or set, each a third of the time. */
  private void optional(List<String> fields, String name, java.util.function.Supplier<String> v) {
    int k = r.nextInt(3);
    if (k == 1) {
      fields.add(field(name, "null"));
    } else if (k == 2) {
      fields.add(field(name, v.get()));
    }
  }

  /** The fields in random order with unknown ones among them. */
  private String object(List<String> fields) {
    List<String> all = new ArrayList<>(fields);
    for (int i = r.nextInt(3); i > 0; i--) {
      all.add(field("x" + r.nextInt(1000), value(0)));
    }
    Collections.shuffle(all, r);
    return ws() + "{" + String.join(",", all) + ws() + "}" + ws();
  }

  private String list(List<String> items) {
    return ws() + "[" + ws() + String.join(",", items) + ws() + "]" + ws();
  }

  private String field(String name, String value) {
    String shown = name;
    if (r.nextInt(8) == 0) {
      shown = String.format("\\u%04x", (int) name.charAt(0)) + name.substring(1);
    }
    return ws() + "\"" + shown + "\"" + ws() + ":" + ws() + value + ws();
  }

  /** An unknown value of any JSON kind. */
  private String value(int depth) {
    int k = r.nextInt(depth > 3 ? 5 : 7);
    return switch (k) {
      case 0 -> "\"" + TEXT[r.nextInt(TEXT.length)] + "\"";
      case 1 ->
          List.of("0", "-1", "12.5", "-0.25e+3", "7E2", "123456789012345678901234567890")
              .get(r.nextInt(6));
      case 2 -> r.nextBoolean() ? "true" : "false";
      case 3 -> "null";
      case 4 -> str(hex(r.nextInt(8)));
      case 5 -> {
        List<String> items = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
          items.add(value(depth + 1));
        }
        yield list(items);
      }
      default -> {
        List<String> fields = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
          fields.add(field("k" + i, value(depth + 1)));
        }
        yield ws() + "{" + String.join(",", fields) + "}";
      }
    };
  }

  private String ws() {
    return switch (r.nextInt(6)) {
      case 0 -> " ";
      case 1 -> "\n  ";
      case 2 -> "\t\r\n";
      default -> "";
    };
  }

  private String big() {
    return quantity(new BigInteger(r.nextInt(200) + 1, r));
  }

  private static String quantity(long n) {
    return "\"0x" + Long.toHexString(n) + "\"";
  }

  private static String quantity(BigInteger n) {
    return "\"0x" + n.toString(16) + "\"";
  }

  private static String str(String s) {
    return "\"" + s + "\"";
  }

  private String hex(int bytes) {
    StringBuilder s = new StringBuilder("0x");
    boolean upper = r.nextInt(10) == 0;
    for (int i = 0; i < bytes; i++) {
      String two = String.format("%02x", r.nextInt(256));
      s.append(upper ? two.toUpperCase(java.util.Locale.ROOT) : two);
    }
    return s.toString();
  }
}
