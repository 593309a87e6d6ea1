package io.abacus.explorer.account;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.explorer.ingest.ParsedBlock;
import io.abacus.explorer.ingest.TokenTransfers;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.rpc.RpcException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns fetched blocks (with receipts) and {@code Transfer} logs into {@link ActivityItem}s of the
 * watched accounts, and puts each fee on exactly one item of the transaction that paid it.
 */
final class TransferScan {
  /** {@code Transfer(address,address,uint256)} as a topic. */
  static final String TRANSFER_TOPIC = "0x" + HexFormat.of().formatHex(TokenTransfers.TRANSFER);

  /** Which accounts are watched at which height. */
  @FunctionalInterface
  interface Watch {
    boolean watches(String account, long block);
  }

  private final Watch watch;
  private final Map<Long, ParsedBlock> blocks = new HashMap<>();
  private final Map<String, ActivityItem> feeCarrier = new HashMap<>();
  private final List<ActivityItem> items = new ArrayList<>();

  TransferScan(Watch watch, List<ParsedBlock> fetched) {
    this.watch = watch;
    fetched.forEach(b -> blocks.put(b.number(), b));
  }

  /** The items found, fees attached. */
  List<ActivityItem> items() {
    return items;
  }

  /** Native ETH: value transfers of successful transactions, and fees of own transactions. */
  void scanNative() {
    for (ParsedBlock b : blocks.values()) {
      for (ParsedBlock.Tx tx : b.transactions()) {
        nativeTx(b, tx);
      }
    }
  }

  private void nativeTx(ParsedBlock b, ParsedBlock.Tx tx) {
    String from = HexBytes.toHex(tx.from());
    String to = tx.to() == null ? null : HexBytes.toHex(tx.to());
    boolean ok = tx.status() == null || tx.status() != 0;
    BigInteger value = ok ? tx.value() : BigInteger.ZERO;
    String hash = HexBytes.toHex(tx.hash());
    if (watch.watches(from, b.number())) {
      BigInteger gasPrice = tx.gasPrice() == null ? BigInteger.ZERO : tx.gasPrice();
      BigInteger fee = BigInteger.valueOf(tx.gasUsed()).multiply(gasPrice);
      ActivityItem own = item(b, hash, from, from, to, ActivityItem.ETH, value, -1);
      feeCarrier.put(hash + "/" + from, own.withFee(fee));
    }
    if (to != null && !to.equals(from) && value.signum() > 0 && watch.watches(to, b.number())) {
      items.add(item(b, hash, to, from, to, ActivityItem.ETH, value, -1));
    }
  }

  /**
   * Adds ERC-20 {@code Transfer} logs (three topics, one data word) of watched accounts.
   *
   * @throws RpcException (CHAIN_MOVED) when a log is of another block than the one fetched
   */
  void addLogs(List<JsonNode> logs) {
    for (JsonNode log : logs) {
      JsonNode topics = log.path("topics");
      String data = log.path("data").asText("");
      if (log.path("removed").asBoolean(false)
          || topics.size() != 3
          || !TRANSFER_TOPIC.equalsIgnoreCase(topics.get(0).asText())
          || data.length() != 66) {
        continue;
      }
      long number = Quantities.parseHexLong(log.path("blockNumber").asText(), "log block");
      ParsedBlock b = blocks.get(number);
      if (b == null || !HexBytes.toHex(b.hash()).equalsIgnoreCase(log.path("blockHash").asText())) {
        throw new RpcException(
            RpcException.Kind.CHAIN_MOVED, "block " + number + " changed while it was read; retry");
      }
      String from = topicAddress(topics.get(1).asText());
      String to = topicAddress(topics.get(2).asText());
      String token = lower(log.path("address").asText());
      String hash = lower(log.path("transactionHash").asText());
      int index = (int) Quantities.parseHexLong(log.path("logIndex").asText(), "log index");
      BigInteger amount = new BigInteger(data.substring(2), 16);
      if (watch.watches(from, number)) {
        items.add(item(b, hash, from, from, to, token, amount, index));
      }
      if (!to.equals(from) && watch.watches(to, number)) {
        items.add(item(b, hash, to, from, to, token, amount, index));
      }
    }
  }

  /**
   * Puts each own transaction's fee on one item: its ETH movement if it moved ETH (or failed), else
   * its first token movement of the same account, else an "out" item of 0 ETH.
   */
  void attachFees() {
    for (Map.Entry<String, ActivityItem> e : feeCarrier.entrySet()) {
      ActivityItem own = e.getValue();
      int target = -1;
      if (own.amount().signum() == 0) {
        for (int i = 0; i < items.size() && target < 0; i++) {
          ActivityItem t = items.get(i);
          if (t.hash().equals(own.hash()) && t.account().equals(own.account())) {
            target = i;
          }
        }
      }
      if (target >= 0) {
        items.set(target, items.get(target).withFee(own.fee()));
      } else {
        items.add(own);
      }
    }
    feeCarrier.clear();
  }

  private static ActivityItem item(
      ParsedBlock b,
      String hash,
      String account,
      String from,
      String to,
      String asset,
      BigInteger amount,
      int logIndex) {
    String direction = ActivityItem.direction(account, from, to);
    String counterparty = account.equals(from) ? to : from;
    if ("self".equals(direction)) {
      counterparty = account;
    }
    return new ActivityItem(
        hash,
        b.number(),
        HexBytes.toHex(b.hash()),
        b.timestamp(),
        account,
        direction,
        asset,
        amount,
        counterparty,
        logIndex,
        null);
  }

  /** The lower-case address in a 32-byte topic. */
  static String topicAddress(String topic) {
    return "0x" + lower(topic.substring(topic.length() - 40));
  }

  /** An address as a 32-byte topic. */
  static String addressTopic(String address) {
    return "0x000000000000000000000000" + address.substring(2);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
