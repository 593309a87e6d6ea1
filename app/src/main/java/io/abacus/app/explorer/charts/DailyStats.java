package io.abacus.app.explorer.charts;

import io.abacus.app.explorer.IndexSession;
import io.abacus.explorer.query.QueryRecords;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-UTC-day blocks, transactions, value and fees, computed day by day over transaction-id ranges
 * (a block range is an id range), so each day is a primary-key range scan. The explorer's {@code
 * StatsQueries.daily} joins on {@code t.id >> 20}, which SQLite cannot serve from an index and
 * which did not finish within two minutes on a million transactions.
 */
final class DailyStats {
  private DailyStats() {}

  static List<QueryRecords.Daily> read(IndexSession session, LocalDate from, LocalDate to) {
    long start = from.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    long end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    String day = session.dialect().utcDay("timestamp"); // outside the read: it may open the index
    return session.read(
        c -> {
          List<long[]> days = new ArrayList<>();
          List<LocalDate> dates = new ArrayList<>();
          try (PreparedStatement st =
              c.prepareStatement(
                  "SELECT "
                      + day
                      + " d, min(number), max(number), count(*)"
                      + " FROM blocks WHERE timestamp >= ? AND timestamp < ? GROUP BY d ORDER BY d")) {
            st.setLong(1, start);
            st.setLong(2, end);
            try (ResultSet r = st.executeQuery()) {
              while (r.next()) {
                dates.add(LocalDate.parse(r.getString(1)));
                days.add(new long[] {r.getLong(2), r.getLong(3), r.getLong(4)});
              }
            }
          }
          List<QueryRecords.Daily> out = new ArrayList<>();
          try (PreparedStatement st =
              c.prepareStatement(
                  "SELECT count(*), amount_sum(value), fee_sum(gas_used, gas_price)"
                      + " FROM transactions WHERE id >= ? AND id < ?")) {
            for (int i = 0; i < days.size(); i++) {
              long[] d = days.get(i);
              st.setLong(1, d[0] << 20);
              st.setLong(2, (d[1] + 1) << 20);
              try (ResultSet r = st.executeQuery()) {
                r.next();
                out.add(
                    new QueryRecords.Daily(
                        dates.get(i),
                        d[2],
                        r.getLong(1),
                        new BigInteger(r.getString(2)),
                        new BigInteger(r.getString(3))));
              }
            }
          }
          return out;
        });
  }
}
