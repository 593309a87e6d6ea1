package io.abacus.explorer.account;

import java.math.BigInteger;
import java.util.Objects;

/**
 * One movement of money of one of the wallet's accounts: native ETH ({@code asset} "ETH") or an
 * ERC-20 token ({@code asset} its lower-case contract address), in raw units (wei or the token's
 * smallest unit).
 *
 * @param hash transaction hash (lower-case hex)
 * @param blockNumber block that holds the transaction
 * @param blockHash hash of that block, to notice reorganisations
 * @param time block timestamp, seconds since the epoch
 * @param account the wallet's account (lower-case hex)
 * @param direction "in", "out" or "self"
 * @param asset "ETH" or the token contract (lower-case hex)
 * @param amount raw amount, never negative
 * @param counterparty the other side (lower-case hex), or null for a contract creation
 * @param logIndex the log's index for a token transfer, -1 for native ETH
 * @param fee fee paid by {@code account} in wei (gasUsed * effectiveGasPrice), or null
 */
public record ActivityItem(
    String hash,
    long blockNumber,
    String blockHash,
    long time,
    String account,
    String direction,
    String asset,
    BigInteger amount,
    String counterparty,
    int logIndex,
    BigInteger fee) {
  /** The asset of native ETH movements. */
  public static final String ETH = "ETH";

  public ActivityItem {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(amount, "amount");
  }

  /** Identifies the item: the same movement found twice has the same key. */
  public String key() {
    return hash + "/" + account + "/" + asset + "/" + logIndex;
  }

  /** Whether this is a native ETH movement. */
  public boolean isNative() {
    return ETH.equals(asset);
  }

  /** A copy carrying {@code newFee}. */
  ActivityItem withFee(BigInteger newFee) {
    return new ActivityItem(
        hash,
        blockNumber,
        blockHash,
        time,
        account,
        direction,
        asset,
        amount,
        counterparty,
        logIndex,
        newFee);
  }

  /** "in", "out" or "self" for a movement from {@code from} to {@code to} seen by {@code me}. */
  static String direction(String me, String from, String to) {
    boolean sent = me.equals(from);
    boolean received = me.equals(to);
    return sent && received ? "self" : sent ? "out" : "in";
  }
}
