package io.abacus.explorer.query;

import io.abacus.wallet.address.Address;
import java.math.BigInteger;
import java.time.Instant;

/**
 * Narrows an address's history. Every field is optional (null); {@link #none()} matches all.
 *
 * @param direction IN, OUT or ANY
 * @param counterparty only transactions the other address also took part in
 * @param token only transactions that moved this token for the address
 * @param fromBlock inclusive
 * @param toBlock inclusive
 * @param fromTime inclusive
 * @param toTime inclusive
 * @param minValue minimum ETH value in wei, or minimum token amount when {@code token} is set
 */
public record HistoryFilter(
    QueryRecords.Direction direction,
    Address counterparty,
    Address token,
    Long fromBlock,
    Long toBlock,
    Instant fromTime,
    Instant toTime,
    BigInteger minValue) {

  public static HistoryFilter none() {
    return new HistoryFilter(QueryRecords.Direction.ANY, null, null, null, null, null, null, null);
  }

  public HistoryFilter withDirection(QueryRecords.Direction d) {
    return new HistoryFilter(
        d, counterparty, token, fromBlock, toBlock, fromTime, toTime, minValue);
  }

  public HistoryFilter withCounterparty(Address a) {
    return new HistoryFilter(direction, a, token, fromBlock, toBlock, fromTime, toTime, minValue);
  }

  public HistoryFilter withToken(Address t) {
    return new HistoryFilter(
        direction, counterparty, t, fromBlock, toBlock, fromTime, toTime, minValue);
  }

  public HistoryFilter withBlocks(Long from, Long to) {
    return new HistoryFilter(direction, counterparty, token, from, to, fromTime, toTime, minValue);
  }

  public HistoryFilter withTimes(Instant from, Instant to) {
    return new HistoryFilter(
        direction, counterparty, token, fromBlock, toBlock, from, to, minValue);
  }

  public HistoryFilter withMinValue(BigInteger min) {
    return new HistoryFilter(
        direction, counterparty, token, fromBlock, toBlock, fromTime, toTime, min);
  }
}
