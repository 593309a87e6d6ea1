package io.abacus.explorer.statement;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.rpc.RpcException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * Block headers a statement needs: a block's hash and time, and the blocks of a range of UTC days
 * (binary search on block timestamps, which never decrease).
 */
public final class ChainBlocks {
  /**
   * One block's identity.
   *
   * @param number its number
   * @param hash its hash (lower-case hex)
   * @param time its timestamp
   */
  public record Header(long number, String hash, Instant time) {}

  /**
   * A block range.
   *
   * @param from first block
   * @param to last block
   */
  public record Range(long from, long to) {}

  private final JsonRpcClient client;

  /**
   * @param client the node
   */
  public ChainBlocks(JsonRpcClient client) {
    this.client = client;
  }

  /** The node's latest block number. */
  public long head() {
    return Quantities.parseHexLong(client.call("eth_blockNumber").asText(), "block number");
  }

  /**
   * The header of block {@code number}, or empty when the node does not have it.
   *
   * @throws RpcException when the node fails
   */
  public Optional<Header> header(long number) {
    JsonNode b = client.call("eth_getBlockByNumber", Quantities.toHex(number), false);
    if (b == null || b.isNull()) {
      return Optional.empty();
    }
    return Optional.of(
        new Header(
            number,
            b.path("hash").asText().toLowerCase(Locale.ROOT),
            Instant.ofEpochSecond(
                Quantities.parseHexLong(b.path("timestamp").asText("0x0"), "timestamp"))));
  }

  /**
   * The blocks mined on UTC days {@code from} to {@code to} inclusive (never block 0, the genesis).
   *
   * @throws IllegalArgumentException (one line) when no block falls in those days
   */
  public Range days(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
    long head = head();
    long start = Math.max(1, firstAtOrAfter(from.atStartOfDay(ZoneOffset.UTC).toInstant(), head));
    long end = firstAtOrAfter(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), head) - 1;
    if (start > end) {
      throw new IllegalArgumentException(
          "no blocks were mined from " + from + " to " + to + " (UTC)");
    }
    return new Range(start, end);
  }

  /** The first block at or after {@code t}, or {@code head + 1} when there is none yet. */
  private long firstAtOrAfter(Instant t, long head) {
    long lo = 0;
    long hi = head + 1;
    while (lo < hi) {
      long mid = lo + (hi - lo) / 2;
      Instant at =
          header(mid)
              .orElseThrow(
                  () ->
                      new RpcException(RpcException.Kind.CHAIN_MOVED, "block " + mid + " vanished"))
              .time();
      if (at.isBefore(t)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
