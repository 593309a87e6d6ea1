package io.abacus.wallet.invoice;

import java.math.BigInteger;
import java.util.Objects;

/**
 * Money that arrived at one of the wallet's addresses, as the account history found it: native ETH
 * or one ERC-20 {@code Transfer}.
 *
 * @param key identifies the movement (the same transfer found twice has the same key)
 * @param hash transaction hash, lower-case hex
 * @param from sender, lower-case hex
 * @param to the receiving address (an invoice's pay-to address), lower-case hex
 * @param asset {@value Invoice#ETH} or the token contract, lower-case hex
 * @param amount raw amount in base units
 * @param blockNumber the block that holds it
 * @param logIndex the log index of a token transfer, -1 for ETH
 * @param time block timestamp, seconds since the epoch
 */
public record IncomingPayment(
    String key,
    String hash,
    String from,
    String to,
    String asset,
    BigInteger amount,
    long blockNumber,
    int logIndex,
    long time) {
  public IncomingPayment {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(amount, "amount");
    from = from == null ? "" : from;
  }
}
