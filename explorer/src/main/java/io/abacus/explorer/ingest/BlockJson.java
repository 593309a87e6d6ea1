package io.abacus.explorer.ingest;

import static io.abacus.explorer.ingest.JsonValues.big;
import static io.abacus.explorer.ingest.JsonValues.bytes;
import static io.abacus.explorer.ingest.JsonValues.data;
import static io.abacus.explorer.ingest.JsonValues.quantity;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the node's blocks and receipts into the indexer's fields with Jackson's {@link
 * JsonParser}: every value is decoded as it is read, fields the index does not keep are skipped, no
 * tree is built. Malformed values throw {@link IllegalArgumentException} naming the field.
 */
final class BlockJson {
  private static final byte[] NONE = new byte[0];

  private BlockJson() {}

  /** A block's own fields and its full transactions; -1 marks a missing number. */
  static final class Block {
    long number = -1;
    byte[] hash;
    byte[] parentHash;
    long timestamp = -1;
    byte[] miner;
    long gasUsed = -1;
    long gasLimit = -1;
    BigInteger baseFee;
    List<Tx> txs;
  }

  /** A transaction as the block lists it. */
  static final class Tx {
    byte[] hash;
    byte[] from;
    byte[] to;
    BigInteger value;
    long nonce = -1;
    long gas = -1;
    BigInteger gasPrice;
    int type;
    byte[] input = NONE;
    long index = -1;
  }

  /** A transaction's receipt. */
  static final class Receipt {
    byte[] txHash;
    byte[] blockHash;
    Integer status;
    long gasUsed = -1;
    BigInteger effectiveGasPrice;
    byte[] contract;
    List<ParsedBlock.Log> logs = List.of();
  }

  /** Reads a block object; the parser is at its START_OBJECT. */
  static Block block(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT, "the block");
    Block b = new Block();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "number" -> b.number = quantity(p, name);
        case "hash" -> b.hash = bytes(p, name, 32);
        case "parentHash" -> b.parentHash = bytes(p, name, 32);
        case "timestamp" -> b.timestamp = quantity(p, name);
        case "miner" -> b.miner = bytes(p, name, 20);
        case "gasUsed" -> b.gasUsed = quantity(p, name);
        case "gasLimit" -> b.gasLimit = quantity(p, name);
        case "baseFeePerGas" -> b.baseFee = nullable(p) ? null : big(p, name);
        case "transactions" -> b.txs = transactions(p);
        default -> p.skipChildren();
      }
    }
    return b;
  }

  private static List<Tx> transactions(JsonParser p) throws IOException {
    expect(p, JsonToken.START_ARRAY, "transactions");
    List<Tx> txs = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("transactions are not full transaction objects");
      }
      txs.add(tx(p));
    }
    return txs;
  }

  private static Tx tx(JsonParser p) throws IOException {
    Tx t = new Tx();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "hash" -> t.hash = bytes(p, name, 32);
        case "from" -> t.from = bytes(p, name, 20);
        case "to" -> t.to = bytes(p, name, 20);
        case "value" -> t.value = big(p, name);
        case "nonce" -> t.nonce = quantity(p, name);
        case "gas" -> t.gas = quantity(p, name);
        case "gasPrice" -> t.gasPrice = nullable(p) ? null : big(p, name);
        case "type" -> t.type = nullable(p) ? 0 : (int) quantity(p, name);
        case "input" -> t.input = nullable(p) ? NONE : data(p, name);
        case "transactionIndex" -> t.index = quantity(p, name);
        default -> p.skipChildren();
      }
    }
    if (t.hash == null) {
      throw new IllegalArgumentException("a transaction has no hash");
    }
    return t;
  }

  /** Reads the list {@code eth_getBlockReceipts} answers; the parser is at its START_ARRAY. */
  static List<Receipt> receipts(JsonParser p) throws IOException {
    expect(p, JsonToken.START_ARRAY, "the receipts");
    List<Receipt> list = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      list.add(p.currentToken() == JsonToken.VALUE_NULL ? null : receipt(p));
    }
    return list;
  }

  /** Reads one receipt object; the parser is at its START_OBJECT. */
  static Receipt receipt(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT, "a receipt");
    Receipt r = new Receipt();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "transactionHash" -> r.txHash = bytes(p, name, 32);
        case "blockHash" -> r.blockHash = bytes(p, name, 32);
        case "status" -> r.status = nullable(p) ? null : (int) quantity(p, name);
        case "gasUsed" -> r.gasUsed = quantity(p, name);
        case "effectiveGasPrice" -> r.effectiveGasPrice = nullable(p) ? null : big(p, name);
        case "contractAddress" -> r.contract = bytes(p, name, 20);
        case "logs" -> r.logs = logs(p);
        default -> p.skipChildren();
      }
    }
    return r;
  }

  private static List<ParsedBlock.Log> logs(JsonParser p) throws IOException {
    if (nullable(p)) {
      return List.of();
    }
    expect(p, JsonToken.START_ARRAY, "logs");
    List<ParsedBlock.Log> logs = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      expect(p, JsonToken.START_OBJECT, "a log");
      logs.add(log(p));
    }
    return logs;
  }

  private static ParsedBlock.Log log(JsonParser p) throws IOException {
    long index = -1;
    byte[] address = null;
    List<byte[]> topics = List.of();
    byte[] data = NONE;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "logIndex" -> index = quantity(p, name);
        case "address" -> address = bytes(p, name, 20);
        case "topics" -> topics = topics(p);
        case "data" -> data = nullable(p) ? NONE : data(p, name);
        default -> p.skipChildren();
      }
    }
    if (index < 0 || address == null) {
      throw new IllegalArgumentException("a log has no " + (index < 0 ? "logIndex" : "address"));
    }
    return new ParsedBlock.Log((int) index, address, topics, data);
  }

  private static List<byte[]> topics(JsonParser p) throws IOException {
    if (nullable(p)) {
      return List.of();
    }
    expect(p, JsonToken.START_ARRAY, "topics");
    List<byte[]> topics = new ArrayList<>(4);
    while (p.nextToken() != JsonToken.END_ARRAY) {
      byte[] topic = data(p, "a log topic");
      if (topic.length != 32) {
        throw new IllegalArgumentException("a log topic has " + topic.length + " bytes");
      }
      topics.add(topic);
    }
    if (topics.size() > 4) {
      throw new IllegalArgumentException("a log has " + topics.size() + " topics");
    }
    return topics;
  }

  private static boolean nullable(JsonParser p) {
    return p.currentToken() == JsonToken.VALUE_NULL;
  }

  private static void expect(JsonParser p, JsonToken token, String what) {
    if (p.currentToken() != token) {
      throw new IllegalArgumentException(what + " is not a JSON " + kind(token));
    }
  }

  private static String kind(JsonToken token) {
    return token == JsonToken.START_ARRAY ? "list" : "object";
  }
}
