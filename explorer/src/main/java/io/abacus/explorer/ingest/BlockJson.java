package io.abacus.explorer.ingest;

import io.abacus.wallet.rpc.JsonCursor;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the node's blocks and receipts into the indexer's fields straight from the answer's bytes
 * with a {@link JsonCursor}: field names matched as bytes, hex decoded from the bytes, fields the
 * index does not keep skipped, no tree and no strings. Malformed values and fields given twice
 * throw {@link IllegalArgumentException} naming the field; broken JSON throws {@link
 * JsonCursor.SyntaxError}.
 */
final class BlockJson {
  private static final byte[] NONE = new byte[0];

  private static final JsonCursor.Names BLOCK =
      new JsonCursor.Names(
          "number",
          "hash",
          "parentHash",
          "timestamp",
          "miner",
          "gasUsed",
          "gasLimit",
          "baseFeePerGas",
          "transactions");
  private static final JsonCursor.Names TX =
      new JsonCursor.Names(
          "hash",
          "from",
          "to",
          "value",
          "nonce",
          "gas",
          "gasPrice",
          "type",
          "input",
          "transactionIndex");
  private static final JsonCursor.Names RECEIPT =
      new JsonCursor.Names(
          "transactionHash",
          "blockHash",
          "status",
          "gasUsed",
          "effectiveGasPrice",
          "contractAddress",
          "logs");
  private static final JsonCursor.Names LOG =
      new JsonCursor.Names("logIndex", "address", "topics", "data");

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

  /** Reads a block object, the next value of {@code in}. */
  static Block block(JsonCursor in) throws IOException {
    if (!in.tryObject()) {
      throw new IllegalArgumentException("the block is not a JSON object");
    }
    Block b = new Block();
    long seen = 0;
    while (in.nextField()) {
      int k = in.field(BLOCK);
      if (k < 0) {
        in.skipValue();
        continue;
      }
      seen = BLOCK.once(seen, k, "the block");
      switch (k) {
        case 0 -> b.number = in.hexLong("number");
        case 1 -> b.hash = in.hexBytes("hash", 32);
        case 2 -> b.parentHash = in.hexBytes("parentHash", 32);
        case 3 -> b.timestamp = in.hexLong("timestamp");
        case 4 -> b.miner = in.hexBytes("miner", 20);
        case 5 -> b.gasUsed = in.hexLong("gasUsed");
        case 6 -> b.gasLimit = in.hexLong("gasLimit");
        case 7 -> b.baseFee = in.nullValue() ? null : in.hexBig("baseFeePerGas");
        default -> b.txs = transactions(in);
      }
    }
    return b;
  }

  private static List<Tx> transactions(JsonCursor in) throws IOException {
    if (!in.tryArray()) {
      throw new IllegalArgumentException("transactions is not a JSON list");
    }
    List<Tx> txs = new ArrayList<>();
    while (in.nextElement()) {
      if (!in.tryObject()) {
        throw new IllegalArgumentException("transactions are not full transaction objects");
      }
      txs.add(tx(in));
    }
    return txs;
  }

  /** Reads a transaction; its opening brace is consumed. */
  private static Tx tx(JsonCursor in) throws IOException {
    Tx t = new Tx();
    long seen = 0;
    while (in.nextField()) {
      int k = in.field(TX);
      if (k < 0) {
        in.skipValue();
        continue;
      }
      seen = TX.once(seen, k, "a transaction");
      switch (k) {
        case 0 -> t.hash = in.hexBytes("hash", 32);
        case 1 -> t.from = in.hexBytes("from", 20);
        case 2 -> t.to = in.hexBytes("to", 20);
        case 3 -> t.value = in.hexBig("value");
        case 4 -> t.nonce = in.hexLong("nonce");
        case 5 -> t.gas = in.hexLong("gas");
        case 6 -> t.gasPrice = in.nullValue() ? null : in.hexBig("gasPrice");
        case 7 -> t.type = in.nullValue() ? 0 : (int) in.hexLong("type");
        case 8 -> t.input = in.nullValue() ? NONE : in.hexData("input");
        default -> t.index = in.hexLong("transactionIndex");
      }
    }
    if (t.hash == null) {
      throw new IllegalArgumentException("a transaction has no hash");
    }
    return t;
  }

  /** Reads the list {@code eth_getBlockReceipts} answers, the next value of {@code in}. */
  static List<Receipt> receipts(JsonCursor in) throws IOException {
    if (!in.tryArray()) {
      throw new IllegalArgumentException("the receipts is not a JSON list");
    }
    List<Receipt> list = new ArrayList<>();
    while (in.nextElement()) {
      list.add(in.nullValue() ? null : receipt(in));
    }
    return list;
  }

  /** Reads one receipt object, the next value of {@code in}. */
  static Receipt receipt(JsonCursor in) throws IOException {
    if (!in.tryObject()) {
      throw new IllegalArgumentException("a receipt is not a JSON object");
    }
    Receipt r = new Receipt();
    long seen = 0;
    while (in.nextField()) {
      int k = in.field(RECEIPT);
      if (k < 0) {
        in.skipValue();
        continue;
      }
      seen = RECEIPT.once(seen, k, "a receipt");
      switch (k) {
        case 0 -> r.txHash = in.hexBytes("transactionHash", 32);
        case 1 -> r.blockHash = in.hexBytes("blockHash", 32);
        case 2 -> r.status = in.nullValue() ? null : (int) in.hexLong("status");
        case 3 -> r.gasUsed = in.hexLong("gasUsed");
        case 4 -> r.effectiveGasPrice = in.nullValue() ? null : in.hexBig("effectiveGasPrice");
        case 5 -> r.contract = in.hexBytes("contractAddress", 20);
        default -> r.logs = logs(in);
      }
    }
    return r;
  }

  private static List<ParsedBlock.Log> logs(JsonCursor in) throws IOException {
    if (in.nullValue()) {
      return List.of();
    }
    if (!in.tryArray()) {
      throw new IllegalArgumentException("logs is not a JSON list");
    }
    List<ParsedBlock.Log> logs = new ArrayList<>();
    while (in.nextElement()) {
      if (!in.tryObject()) {
        throw new IllegalArgumentException("a log is not a JSON object");
      }
      logs.add(log(in));
    }
    return logs;
  }

  /** Reads a log; its opening brace is consumed. */
  private static ParsedBlock.Log log(JsonCursor in) throws IOException {
    long index = -1;
    byte[] address = null;
    List<byte[]> topics = List.of();
    byte[] data = NONE;
    long seen = 0;
    while (in.nextField()) {
      int k = in.field(LOG);
      if (k < 0) {
        in.skipValue();
        continue;
      }
      seen = LOG.once(seen, k, "a log");
      switch (k) {
        case 0 -> index = in.hexLong("logIndex");
        case 1 -> address = in.hexBytes("address", 20);
        case 2 -> topics = topics(in);
        default -> data = in.nullValue() ? NONE : in.hexData("data");
      }
    }
    if (index < 0 || address == null) {
      throw new IllegalArgumentException("a log has no " + (index < 0 ? "logIndex" : "address"));
    }
    return new ParsedBlock.Log((int) index, address, topics, data);
  }

  private static List<byte[]> topics(JsonCursor in) throws IOException {
    if (in.nullValue()) {
      return List.of();
    }
    if (!in.tryArray()) {
      throw new IllegalArgumentException("topics is not a JSON list");
    }
    List<byte[]> topics = new ArrayList<>(4);
    while (in.nextElement()) {
      if (topics.size() == 4) {
        throw new IllegalArgumentException("a log has more than 4 topics");
      }
      byte[] topic = in.hexData("a log topic");
      if (topic.length != 32) {
        throw new IllegalArgumentException("a log topic has " + topic.length + " bytes");
      }
      topics.add(topic);
    }
    return topics;
  }
}
