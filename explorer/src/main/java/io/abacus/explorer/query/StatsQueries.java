package io.abacus.explorer.query;

import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Token transfer lists and daily aggregates. Methods are synchronized; use one instance per thread
 * for parallel reads.
 */
public final class StatsQueries implements AutoCloseable {
  private static final String TRANSFER_COLUMNS =
      "x.log_id, x.batch_index, x.standard, x.token, x.from_address, x.to_address, x.token_id,"
          + " x.value, t.hash, b.timestamp, k.name, k.symbol, k.decimals";
  private static final String TRANSFER_JOINS =
      " FROM token_transfers x JOIN transactions t ON t.id = x.tx_id"
          + " JOIN blocks b ON b.number = x.log_id >> 20"
          + " LEFT JOIN tokens k ON k.address = x.token AND k.known = 1";

  private final Connection c;
  private final String day;

  public StatsQueries(ExplorerDatabase db) {
    this.c = db.connect();
    this.day = db.dialect().utcDay("b.timestamp");
  }

  /**
   * Transfers of one token, newest first.
   *
   * @param before the {@code next} cursor of the previous page (block and log index), or null
   */
  public synchronized QueryRecords.TransferPage tokenTransfers(
      Address token, int limit, Cursor before) {
    if (limit < 1 || limit > 10_000) {
      throw new IllegalArgumentException("limit must be between 1 and 10000");
    }
    List<QueryRecords.TokenTransfer> items =
        Rows.list(
            c,
            "SELECT "
                + TRANSFER_COLUMNS
                + TRANSFER_JOINS
                + " WHERE x.token = ? AND x.log_id < ? ORDER BY x.log_id DESC, x.batch_index DESC"
                + " LIMIT ?",
            StatsQueries::transfer,
            token.toBytes(),
            before == null ? Long.MAX_VALUE : before.id(),
            limit + 1);
    Cursor next = null;
    if (items.size() > limit) {
      items = new ArrayList<>(items.subList(0, limit));
      QueryRecords.TokenTransfer lastItem = items.get(limit - 1);
      next = new Cursor(lastItem.blockNumber(), lastItem.logIndex());
      // A batch log is one cursor position: finish it on this page so none is skipped.
      items.removeIf(
          t -> t.blockNumber() == lastItem.blockNumber() && t.logIndex() == lastItem.logIndex());
      items.addAll(
          Rows.list(
              c,
              "SELECT "
                  + TRANSFER_COLUMNS
                  + TRANSFER_JOINS
                  + " WHERE x.log_id = ? AND x.token = ?"
                  + " ORDER BY x.batch_index DESC",
              StatsQueries::transfer,
              next.id(),
              token.toBytes()));
    }
    return new QueryRecords.TransferPage(items, next);
  }

  /**
   * The transfers from or to {@code address} in the transactions with ids {@code txIds}, in chain
   * order. By id, not by an id range: a quiet account's page spans the whole chain.
   */
  static List<QueryRecords.TokenTransfer> transfersOf(
      Statements statements, Address address, List<Long> txIds) {
    List<Long> ids = Rows.padded(txIds);
    List<Object> params = new ArrayList<>(ids);
    params.add(address.toBytes());
    params.add(address.toBytes());
    return statements.list(
        "SELECT "
            + TRANSFER_COLUMNS
            + TRANSFER_JOINS
            + " WHERE x.tx_id IN ("
            + Rows.placeholders(ids.size())
            + ") AND (x.from_address = ? OR x.to_address = ?) ORDER BY x.log_id, x.batch_index",
        StatsQueries::transfer,
        params.toArray());
  }

  static List<QueryRecords.TokenTransfer> transfersOfTx(
      Connection c, long txId, String hash, Instant time) {
    return Rows.list(
        c,
        "SELECT "
            + TRANSFER_COLUMNS
            + TRANSFER_JOINS
            + " WHERE x.tx_id = ? ORDER BY x.log_id, x.batch_index",
        StatsQueries::transfer,
        txId);
  }

  private static QueryRecords.TokenTransfer transfer(java.sql.ResultSet r) throws SQLException {
    long logId = r.getLong(1);
    Address token = Address.of(r.getBytes(4));
    int decimals = r.getInt(13);
    QueryRecords.TokenInfo info =
        new QueryRecords.TokenInfo(
            token, r.getString(11), r.getString(12), r.wasNull() ? null : decimals);
    return new QueryRecords.TokenTransfer(
        HexBytes.toHex(r.getBytes(9)),
        logId >>> 20,
        Instant.ofEpochSecond(r.getLong(10)),
        (int) (logId & 0xfffff),
        r.getInt(2),
        r.getInt(3),
        token,
        Address.of(r.getBytes(5)),
        Address.of(r.getBytes(6)),
        Rows.amount(r.getBytes(7)),
        Rows.amount(r.getBytes(8)),
        info);
  }

  /** Per UTC day from {@code from} to {@code to} inclusive: blocks, transactions, value, fees. */
  public synchronized List<QueryRecords.Daily> daily(LocalDate from, LocalDate to) {
    long start = from.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    long end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    return Rows.list(
        c,
        "SELECT "
            + day
            + " d, count(DISTINCT b.number), count(t.id),"
            + " amount_sum(t.value), fee_sum(t.gas_used, t.gas_price)"
            + " FROM blocks b LEFT JOIN transactions t ON t.id >> 20 = b.number"
            + " WHERE b.timestamp >= ? AND b.timestamp < ? GROUP BY d ORDER BY d",
        r ->
            new QueryRecords.Daily(
                LocalDate.parse(r.getString(1)),
                r.getLong(2),
                r.getLong(3),
                new BigInteger(r.getString(4)),
                new BigInteger(r.getString(5))),
        start,
        end);
  }

  @Override
  public synchronized void close() {
    try {
      c.close();
    } catch (SQLException ignored) {
      // Read-only connection; nothing to save.
    }
  }
}
