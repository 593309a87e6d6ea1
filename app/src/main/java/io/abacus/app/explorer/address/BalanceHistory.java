package io.abacus.app.explorer.address;

import io.abacus.app.explorer.IndexSession;
import io.abacus.explorer.db.Amounts;
import io.abacus.wallet.address.Address;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * The native-coin balance change of an address per UTC day, from the index: value received and sent
 * (successful transactions) and fees paid. Reads at most {@value #MAX_ROWS} of the newest
 * appearances and returns at most {@value #MAX_POINTS} points, so a hot address stays cheap.
 */
public final class BalanceHistory {
  static final int MAX_ROWS = 50_000;
  static final int MAX_POINTS = 365;

  private BalanceHistory() {}

  /**
   * A day's closing balance relative to the start of what was read, in wei.
   *
   * @param day UTC day
   * @param balance cumulative change up to the end of that day
   */
  public record Point(LocalDate day, BigInteger balance) {}

  /** The result: points oldest first, and whether older history was left out. */
  public record Series(List<Point> points, BigInteger total, boolean truncated) {}

  public static Series read(IndexSession session, Address address) {
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
    return series(perDay, rows > MAX_ROWS);
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

  static Series series(TreeMap<LocalDate, BigInteger> perDay, boolean truncated) {
    List<Point> all = new ArrayList<>();
    BigInteger running = BigInteger.ZERO;
    for (var e : perDay.entrySet()) {
      running = running.add(e.getValue());
      all.add(new Point(e.getKey(), running));
    }
    if (all.size() <= MAX_POINTS) {
      return new Series(all, running, truncated);
    }
    List<Point> thinned = new ArrayList<>();
    double step = (double) all.size() / MAX_POINTS;
    for (int i = 0; i < MAX_POINTS - 1; i++) {
      thinned.add(all.get((int) (i * step)));
    }
    thinned.add(all.get(all.size() - 1));
    return new Series(thinned, running, truncated);
  }
}
