package io.abacus.explorer.query;

import io.abacus.explorer.abi.MethodNames;
import io.abacus.explorer.db.Amounts;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-address reads: newest-first history with keyset pagination and filters, counts and a summary.
 * History walks the {@code appearances} primary key backwards, so the first page costs the same for
 * an address with ten transactions or ten million. Methods are synchronized; use one instance per
 * thread for parallel reads.
 */
public final class AddressQueries implements AutoCloseable {
  /** Flags of {@code appearances.flags}. */
  private static final int OUT_FLAGS = 1 | 8 | 32;

  private static final int IN_FLAGS = 2 | 4 | 16 | 64;

  /** The address sent or received a token in the transaction (token_transfers rows). */
  private static final int TOKEN_FLAGS = 8 | 16;

  /** The address sent or received internal ETH in the transaction (internal_transfers rows). */
  private static final int INTERNAL_FLAGS = 32 | 64;

  private static final int MAX_LIMIT = 10_000;

  private final Connection c;
  private final Statements statements;
  private MethodNames methods;

  /** Queries that read the index's imported ABIs themselves for method names. */
  public AddressQueries(ExplorerDatabase db) {
    this(db, null);
  }

  /**
   * @param methods names the called methods (the one of {@link ExplorerQueries#methods()}); null:
   *     read the index's ABIs on first use
   */
  public AddressQueries(ExplorerDatabase db, MethodNames methods) {
    this.c = db.connect();
    this.statements = new Statements(c);
    this.methods = methods;
  }

  /** Every transaction the address sent or received, token transfers included. */
  public synchronized long txCount(Address address) {
    Long n =
        statements.one(
            "SELECT tx_count FROM address_counts WHERE address = ?",
            r -> r.getLong(1),
            (Object) address.toBytes());
    return n == null ? 0 : n;
  }

  /**
   * One page of history, newest first.
   *
   * @param before the {@code next} cursor of the previous page, or null for the first page
   * @param limit items per page, 1..10000
   */
  public synchronized QueryRecords.HistoryPage history(
      Address address, HistoryFilter filter, int limit, Cursor before) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
    }
    List<Object> params = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder(
            "SELECT a.tx_id, a.flags, t.hash, b.timestamp, t.from_address, t.to_address, t.value,"
                + " t.status, substr(t.input, 1, 4)"
                + " FROM appearances a JOIN transactions t ON t.id = a.tx_id"
                + " JOIN blocks b ON b.number = a.tx_id >> 20 WHERE a.address = ?");
    params.add(address.toBytes());
    long[] range = idRange(filter, before);
    sql.append(" AND a.tx_id >= ? AND a.tx_id < ?");
    params.add(range[0]);
    params.add(range[1]);
    appendFilters(sql, params, address, filter);
    sql.append(" ORDER BY a.tx_id DESC LIMIT ?");
    params.add(limit + 1);
    MethodNames names = methods();
    List<Read> rows = statements.list(sql.toString(), r -> read(r, names), params.toArray());
    Cursor next = null;
    if (rows.size() > limit) {
      rows = rows.subList(0, limit);
      next = rows.get(limit - 1).item().cursor();
    }
    return new QueryRecords.HistoryPage(address, txCount(address), withTokens(address, rows), next);
  }

  /** A history row as read: the item and the address's {@code appearances.flags} in its tx. */
  private record Read(QueryRecords.HistoryItem item, int flags) {}

  /**
   * The items with the token transfers from or to {@code address} in them and the internal
   * transfers into and out of it: one query a page for each, only for the transactions whose
   * appearance flags say there are some (none: no query).
   */
  private List<QueryRecords.HistoryItem> withTokens(Address address, List<Read> rows) {
    List<Long> tokenIds = new ArrayList<>();
    List<Long> internalIds = new ArrayList<>();
    for (Read r : rows) {
      if ((r.flags() & TOKEN_FLAGS) != 0) {
        tokenIds.add(r.item().cursor().id());
      }
      if ((r.flags() & INTERNAL_FLAGS) != 0) {
        internalIds.add(r.item().cursor().id());
      }
    }
    Map<String, List<QueryRecords.TokenTransfer>> byTx = new HashMap<>();
    if (!tokenIds.isEmpty()) {
      for (QueryRecords.TokenTransfer t : StatsQueries.transfersOf(statements, address, tokenIds)) {
        byTx.computeIfAbsent(t.txHash(), h -> new ArrayList<>()).add(t);
      }
    }
    Map<Long, BigInteger[]> internal =
        internalIds.isEmpty() ? Map.of() : internalInOut(address, internalIds);
    List<QueryRecords.HistoryItem> out = new ArrayList<>(rows.size());
    for (Read r : rows) {
      QueryRecords.HistoryItem i = r.item();
      List<QueryRecords.TokenTransfer> moved = byTx.get(i.hash());
      QueryRecords.HistoryItem with = moved == null ? i : i.withTokenTransfers(moved);
      BigInteger[] inOut = internal.get(i.cursor().id());
      out.add(inOut == null ? with : with.withInternal(inOut[0], inOut[1]));
    }
    return out;
  }

  private long[] idRange(HistoryFilter f, Cursor before) {
    long lo = 0;
    long hi = Long.MAX_VALUE;
    if (f.fromBlock() != null) {
      lo = Math.max(lo, f.fromBlock() << 20);
    }
    if (f.toBlock() != null) {
      hi = Math.min(hi, (f.toBlock() + 1) << 20);
    }
    if (f.fromTime() != null) {
      Long b =
          Rows.one(
              c,
              "SELECT min(number) FROM blocks WHERE timestamp >= ?",
              r -> nullable(r, 1),
              f.fromTime().getEpochSecond());
      lo = b == null ? Long.MAX_VALUE : Math.max(lo, b << 20);
    }
    if (f.toTime() != null) {
      Long b =
          Rows.one(
              c,
              "SELECT max(number) FROM blocks WHERE timestamp <= ?",
              r -> nullable(r, 1),
              f.toTime().getEpochSecond());
      hi = b == null ? 0 : Math.min(hi, (b + 1) << 20);
    }
    if (before != null) {
      hi = Math.min(hi, before.id());
    }
    return new long[] {lo, hi};
  }

  private static Long nullable(java.sql.ResultSet r, int column) throws SQLException {
    long v = r.getLong(column);
    return r.wasNull() ? null : v;
  }

  private static void appendFilters(
      StringBuilder sql, List<Object> params, Address address, HistoryFilter f) {
    if (f.direction() == QueryRecords.Direction.OUT) {
      sql.append(" AND (a.flags & ").append(OUT_FLAGS).append(") != 0");
    } else if (f.direction() == QueryRecords.Direction.IN) {
      sql.append(" AND (a.flags & ").append(IN_FLAGS).append(") != 0");
    }
    if (f.counterparty() != null) {
      sql.append(
          " AND EXISTS (SELECT 1 FROM appearances o WHERE o.address = ? AND o.tx_id = a.tx_id)");
      params.add(f.counterparty().toBytes());
    }
    if (f.token() != null) {
      sql.append(
          " AND EXISTS (SELECT 1 FROM token_transfers x WHERE x.tx_id = a.tx_id AND x.token = ?"
              + " AND (x.from_address = ? OR x.to_address = ?)");
      params.add(f.token().toBytes());
      params.add(address.toBytes());
      params.add(address.toBytes());
      if (f.minValue() != null) {
        sql.append(" AND x.value >= ?");
        params.add(Amounts.encode(f.minValue()));
      }
      sql.append(")");
    } else if (f.minValue() != null) {
      sql.append(" AND t.value >= ?");
      params.add(Amounts.encode(f.minValue()));
    }
  }

  private MethodNames methods() {
    if (methods == null) {
      methods = new MethodNames(ExplorerQueries.loadDecoder(c));
    }
    return methods;
  }

  private static Read read(java.sql.ResultSet r, MethodNames names) throws SQLException {
    long id = r.getLong(1);
    int flags = r.getInt(2);
    int status = r.getInt(8);
    Integer st = r.wasNull() ? null : status;
    Address to = Rows.address(r.getBytes(6));
    QueryRecords.HistoryItem item =
        new QueryRecords.HistoryItem(
            HexBytes.toHex(r.getBytes(3)),
            id >>> 20,
            (int) (id & 0xfffff),
            Instant.ofEpochSecond(r.getLong(4)),
            Rows.address(r.getBytes(5)),
            to,
            Rows.amount(r.getBytes(7)),
            st,
            (flags & OUT_FLAGS) != 0 ? QueryRecords.Direction.OUT : QueryRecords.Direction.IN,
            Cursor.ofId(id),
            List.of(),
            names.of(to, r.getBytes(9)),
            BigInteger.ZERO,
            BigInteger.ZERO);
    return new Read(item, flags);
  }

  /**
   * The internal ETH (from traces) {@code address} received and sent in each transaction of {@code
   * ids}, one query a page: tx id → {@code [in, out]} in wei; empty without traces.
   */
  private Map<Long, BigInteger[]> internalInOut(Address address, List<Long> txIds) {
    byte[] a = address.toBytes();
    List<Long> ids = Rows.padded(txIds);
    String sql =
        "SELECT tx_id, amount_sum(CASE WHEN to_address = ? THEN value END),"
            + " amount_sum(CASE WHEN from_address = ? THEN value END)"
            + " FROM internal_transfers WHERE tx_id IN ("
            + Rows.placeholders(ids.size())
            + ") AND (to_address = ? OR from_address = ?) GROUP BY tx_id";
    List<Object> params = new ArrayList<>(List.of(a, a));
    params.addAll(ids);
    params.add(a);
    params.add(a);
    record Sums(long tx, BigInteger in, BigInteger out) {}
    Map<Long, BigInteger[]> out = new HashMap<>();
    statements
        .list(
            sql,
            r ->
                new Sums(
                    r.getLong(1), new BigInteger(r.getString(2)), new BigInteger(r.getString(3))),
            params.toArray())
        .forEach(x -> out.put(x.tx(), new BigInteger[] {x.in(), x.out()}));
    return out;
  }

  /** First and last activity, counts, totals in and out per asset and top counterparties. */
  public synchronized QueryRecords.AddressSummary summary(Address address) {
    byte[] a = address.toBytes();
    long count = txCount(address);
    long sent =
        Rows.one(
            c,
            "SELECT count(*) FROM appearances WHERE address = ? AND (flags & 1) != 0",
            r -> r.getLong(1),
            (Object) a);
    Long first =
        Rows.one(
            c,
            "SELECT min(tx_id) FROM appearances WHERE address = ?",
            r -> nullable(r, 1),
            (Object) a);
    Long last =
        Rows.one(
            c,
            "SELECT max(tx_id) FROM appearances WHERE address = ?",
            r -> nullable(r, 1),
            (Object) a);
    BigInteger fees =
        sum(
            "SELECT fee_sum(t.gas_used, t.gas_price) FROM appearances a JOIN transactions t"
                + " ON t.id = a.tx_id WHERE a.address = ? AND (a.flags & 1) != 0",
            a);
    List<QueryRecords.AssetTotals> totals = new ArrayList<>();
    String eth =
        "SELECT amount_sum(t.value) FROM appearances a JOIN transactions t ON t.id = a.tx_id"
            + " WHERE a.address = ? AND (t.status IS NULL OR t.status != 0) AND t.";
    String internal =
        "SELECT amount_sum(i.value) FROM appearances a JOIN internal_transfers i ON i.tx_id ="
            + " a.tx_id WHERE a.address = ? AND (a.flags & 96) != 0 AND i.";
    totals.add(
        new QueryRecords.AssetTotals(
            null,
            sum(eth + "to_address = ?", a, a).add(sum(internal + "to_address = ?", a, a)),
            sum(eth + "from_address = ?", a, a).add(sum(internal + "from_address = ?", a, a)),
            null));
    totals.addAll(
        Rows.list(
            c,
            "SELECT x.token, amount_sum(CASE WHEN x.to_address = ? THEN x.value END),"
                + " amount_sum(CASE WHEN x.from_address = ? THEN x.value END),"
                + " k.name, k.symbol, k.decimals"
                + " FROM appearances a JOIN token_transfers x ON x.tx_id = a.tx_id"
                + " LEFT JOIN tokens k ON k.address = x.token AND k.known = 1"
                + " WHERE a.address = ? AND (a.flags & 24) != 0"
                + " AND (x.from_address = ? OR x.to_address = ?)"
                + " GROUP BY x.token, k.name, k.symbol, k.decimals ORDER BY x.token",
            r -> {
              Address token = Address.of(r.getBytes(1));
              int decimals = r.getInt(6);
              return new QueryRecords.AssetTotals(
                  token,
                  new BigInteger(r.getString(2)),
                  new BigInteger(r.getString(3)),
                  new QueryRecords.TokenInfo(
                      token, r.getString(4), r.getString(5), r.wasNull() ? null : decimals));
            },
            a,
            a,
            a,
            a,
            a));
    List<QueryRecords.Counterparty> top =
        Rows.list(
            c,
            "SELECT cp, count(*) n FROM ("
                + "SELECT CASE WHEN t.from_address = ? THEN t.to_address ELSE t.from_address END cp"
                + " FROM appearances a JOIN transactions t ON t.id = a.tx_id WHERE a.address = ?"
                + " UNION ALL"
                + " SELECT CASE WHEN x.from_address = ? THEN x.to_address ELSE x.from_address END"
                + " FROM appearances a JOIN token_transfers x ON x.tx_id = a.tx_id"
                + " WHERE a.address = ? AND (a.flags & 24) != 0"
                + " AND (x.from_address = ? OR x.to_address = ?)) u"
                + " WHERE cp IS NOT NULL AND cp != ? AND cp != ?"
                + " GROUP BY cp ORDER BY n DESC, cp LIMIT 10",
            r -> new QueryRecords.Counterparty(Address.of(r.getBytes(1)), r.getLong(2)),
            a,
            a,
            a,
            a,
            a,
            a,
            a,
            new byte[20]);
    String label =
        Rows.one(c, "SELECT label FROM labels WHERE address = ?", r -> r.getString(1), (Object) a);
    return new QueryRecords.AddressSummary(
        address,
        count,
        sent,
        first == null ? null : blockTime(first >>> 20),
        last == null ? null : blockTime(last >>> 20),
        first == null ? null : first >>> 20,
        last == null ? null : last >>> 20,
        fees,
        totals,
        top,
        label);
  }

  private Instant blockTime(long number) {
    return Rows.one(
        c,
        "SELECT timestamp FROM blocks WHERE number = ?",
        r -> Instant.ofEpochSecond(r.getLong(1)),
        number);
  }

  private BigInteger sum(String sql, Object... params) {
    String text = Rows.one(c, sql, r -> r.getString(1), params);
    return new BigInteger(text);
  }

  @Override
  public synchronized void close() {
    statements.close();
    try {
      c.close();
    } catch (SQLException ignored) {
      // Read-only connection; nothing to save.
    }
  }
}
