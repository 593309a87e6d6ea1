package io.abacus.app.explorer.address;

import io.abacus.app.explorer.IndexSession;
import io.abacus.explorer.db.Amounts;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.JsonRpcClient;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The native-coin balance of an address at the end of each UTC day, from the index: value received
 * and sent (successful transactions, and internal transfers when indexed with traces) and fees
 * paid, anchored at the end to the node's balance at the index's last block, so the last point is
 * what the node says (without a node, or with one that no longer has that block's state, the points
 * are changes since the first day read: genesis allocations are no transactions, so not even an
 * index from block 0 knows the absolute balance). Days without activity repeat the previous
 * balance; a long history is shown per week or month (the balance at the end of each). Reads at
 * most {@value #MAX_ROWS} of the newest appearances and returns at most {@value #MAX_POINTS}
 * points, so a hot address stays cheap.
 */
public final class BalanceHistory {
  static final int MAX_ROWS = 50_000;
  static final int MAX_POINTS = 400;

  private BalanceHistory() {}

  /**
   * A day's closing balance, in wei.
   *
   * @param day UTC day (the last day of its week or month when the history is long)
   * @param balance the balance at its end: absolute when {@link Series#absolute()}, else the change
   *     since the start of what was read
   */
  public record Point(LocalDate day, BigInteger balance) {}

  /**
   * The result: points oldest first, whether older history was left out, and whether the balances
   * are absolute (anchored to the node or to genesis) rather than changes.
   */
  public record Series(List<Point> points, BigInteger total, boolean truncated, boolean absolute) {}

  /**
   * @param anchor the node's balance of {@code address} at the index's last block, if known
   * @param lastDay the day of the index's last block: the chart runs to it (null: to the last
   *     activity)
   */
  public static Series read(
      IndexSession session, Address address, Optional<BigInteger> anchor, LocalDate lastDay) {
    byte[] a = address.toBytes();
    TreeMap<LocalDate, BigInteger> perDay = new TreeMap<>();
    int rows =
        session.read(
            c -> {
              int n = 0;
              try (PreparedStatement st =
                  c.prepareStatement(
                      "SELECT b.timestamp, t.from_address, t.to_address, t.value, t.gas_used,"
                          + " t.gas_price, t.status FROM appearances a"
                          + " JOIN transactions t ON t.id = a.tx_id"
                          + " JOIN blocks b ON b.number = a.tx_id >> 20"
                          + " WHERE a.address = ? ORDER BY a.tx_id DESC LIMIT ?")) {
                st.setBytes(1, a);
                st.setInt(2, MAX_ROWS + 1);
                try (ResultSet r = st.executeQuery()) {
                  while (r.next() && n++ < MAX_ROWS) {
                    LocalDate day =
                        java.time.Instant.ofEpochSecond(r.getLong(1))
                            .atOffset(ZoneOffset.UTC)
                            .toLocalDate();
                    perDay.merge(day, delta(a, r), BigInteger::add);
                  }
                }
              }
              return n;
            });
    boolean truncated = rows > MAX_ROWS;
    addInternalTransfers(session, a, perDay);
    return series(perDay, truncated, start(perDay, anchor), lastDay);
  }

  /** Internal ETH transfers (indexed with traces) into and out of {@code a}, per day. */
  private static void addInternalTransfers(
      IndexSession session, byte[] a, TreeMap<LocalDate, BigInteger> perDay) {
    session.read(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement(
                  "SELECT b.timestamp, i.from_address, i.to_address, i.value FROM appearances a"
                      + " JOIN internal_transfers i ON i.tx_id = a.tx_id"
                      + " JOIN blocks b ON b.number = a.tx_id >> 20"
                      + " WHERE a.address = ? AND (a.flags & 96) != 0 ORDER BY a.tx_id DESC"
                      + " LIMIT ?")) {
            st.setBytes(1, a);
            st.setInt(2, MAX_ROWS);
            try (ResultSet r = st.executeQuery()) {
              while (r.next()) {
                BigInteger value = Amounts.decode(r.getBytes(4));
                BigInteger d = BigInteger.ZERO;
                if (Arrays.equals(a, r.getBytes(3))) {
                  d = d.add(value);
                }
                if (Arrays.equals(a, r.getBytes(2))) {
                  d = d.subtract(value);
                }
                LocalDate day =
                    java.time.Instant.ofEpochSecond(r.getLong(1))
                        .atOffset(ZoneOffset.UTC)
                        .toLocalDate();
                perDay.merge(day, d, BigInteger::add);
              }
            }
          }
          return null;
        });
  }

  /**
   * The chart of {@code address}, anchored to the node's balance at the index's last block when the
   * node still has that block's state.
   */
  public static Series anchored(
      IndexSession session, Address address, Function<Network, JsonRpcClient> node) {
    Optional<io.abacus.explorer.db.Checkpoint> cp =
        session.explorer().checkpoint().filter(c -> !c.isEmpty());
    if (cp.isEmpty()) {
      return read(session, address, Optional.empty(), null);
    }
    long last = cp.get().nextBlock() - 1;
    LocalDate lastDay =
        session
            .explorer()
            .block(last)
            .map(b -> b.timestamp().atOffset(java.time.ZoneOffset.UTC).toLocalDate())
            .orElse(null);
    Optional<BigInteger> anchor = Optional.empty();
    Network n = session.network();
    if (n.hasRpcUrl()) {
      try (JsonRpcClient rpc = node.apply(n)) {
        String hex =
            rpc.call("eth_getBalance", address.toString(), "0x" + Long.toHexString(last)).asText();
        anchor = Optional.of(new BigInteger(hex.substring(2), 16));
      } catch (RuntimeException noState) {
        // A node without that block's state (pruned) or unreachable: the chart shows changes.
      }
    }
    return read(session, address, anchor, lastDay);
  }

  /** The balance before the first day read, if it can be known. */
  private static Optional<BigInteger> start(
      TreeMap<LocalDate, BigInteger> perDay, Optional<BigInteger> anchor) {
    BigInteger change = perDay.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
    return anchor.map(balance -> balance.subtract(change));
  }

  private static BigInteger delta(byte[] a, ResultSet r) throws java.sql.SQLException {
    boolean from = Arrays.equals(a, r.getBytes(2));
    boolean to = Arrays.equals(a, r.getBytes(3));
    BigInteger value = Amounts.decode(r.getBytes(4));
    long gasUsed = r.getLong(5);
    byte[] price = r.getBytes(6);
    int status = r.getInt(7);
    boolean ok = r.wasNull() || status != 0;
    BigInteger d = BigInteger.ZERO;
    if (ok && to) {
      d = d.add(value);
    }
    if (from) {
      if (ok) {
        d = d.subtract(value);
      }
      if (price != null) {
        d = d.subtract(Amounts.decode(price).multiply(BigInteger.valueOf(gasUsed)));
      }
    }
    return d;
  }

  static Series series(
      TreeMap<LocalDate, BigInteger> perDay,
      boolean truncated,
      Optional<BigInteger> startBalance,
      LocalDate lastDay) {
    BigInteger running = startBalance.orElse(BigInteger.ZERO);
    if (perDay.isEmpty()) {
      List<Point> none =
          startBalance.isPresent() && lastDay != null
              ? List.of(new Point(lastDay, running))
              : List.of();
      return new Series(none, running, truncated, startBalance.isPresent());
    }
    LocalDate first = perDay.firstKey();
    LocalDate last =
        lastDay == null || lastDay.isBefore(perDay.lastKey()) ? perDay.lastKey() : lastDay;
    long days = ChronoUnit.DAYS.between(first, last) + 1;
    ChronoUnit bucket =
        days <= MAX_POINTS
            ? ChronoUnit.DAYS
            : days <= MAX_POINTS * 7L ? ChronoUnit.WEEKS : ChronoUnit.MONTHS;
    List<Point> points = new ArrayList<>();
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      BigInteger change = perDay.get(day);
      if (change != null) {
        running = running.add(change);
      }
      if (day.equals(last) || endsBucket(day, bucket)) {
        points.add(new Point(day, running));
      }
    }
    return new Series(points, running, truncated, startBalance.isPresent());
  }

  private static boolean endsBucket(LocalDate day, ChronoUnit bucket) {
    return switch (bucket) {
      case WEEKS -> day.getDayOfWeek() == java.time.DayOfWeek.SUNDAY;
      case MONTHS -> day.getDayOfMonth() == day.lengthOfMonth();
      default -> true;
    };
  }

  private static final long[] TICK_DAYS = {1, 2, 7, 14, 30, 61, 91, 182, 365, 730, 1826};

  /**
   * The day axis fitted to the points: a day or a few percent of the span either side, and a tick
   * step from 1 day to 5 years giving at most about five labels. One day of history is drawn on a
   * week, not on JavaFX's automatic year-long axis.
   *
   * @return {lower, upper, tick} in epoch days; {@code null} without points
   */
  static long[] dayAxis(List<Point> points) {
    if (points.isEmpty()) {
      return null;
    }
    long first = points.get(0).day().toEpochDay();
    long last = first;
    for (Point p : points) {
      first = Math.min(first, p.day().toEpochDay());
      last = Math.max(last, p.day().toEpochDay());
    }
    long pad = Math.max(3 - (last - first) / 2, Math.max(1, (last - first) / 20));
    long lower = first - pad;
    long upper = last + pad;
    long tick = TICK_DAYS[TICK_DAYS.length - 1];
    for (long t : TICK_DAYS) {
      if ((upper - lower) / t <= 5) {
        tick = t;
        break;
      }
    }
    return new long[] {lower, upper, tick};
  }
}
