package io.abacus.app.explorer.graph;

import io.abacus.app.explorer.IndexSession;
import io.abacus.explorer.db.Amounts;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.wallet.address.Address;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the transfers of one address from the index, summed per counterparty, direction and asset
 * (the native coin or a token) within a block range. Reads at most {@value #MAX_ROWS} rows of each
 * kind, newest first, so a hot address stays cheap. A transaction's own value counts only where the
 * address sent or received it (appearance flags 1 and 2): an address that appears only through a
 * token or internal transfer did not take part in it.
 */
final class FlowGraph {
  static final int MAX_ROWS = 20_000;

  private FlowGraph() {}

  /**
   * Money that went from {@code from} to {@code to}; {@code asset} and {@code info} null for the
   * native coin; {@code info} what the index read from a token contract.
   */
  record Flow(
      Address from,
      Address to,
      Address asset,
      QueryRecords.TokenInfo info,
      BigInteger total,
      long count) {}

  private record Key(Address from, Address to, Address asset) {}

  static List<Flow> flows(IndexSession session, Address address, long fromId, long toId) {
    byte[] a = address.toBytes();
    Map<Key, Flow> sums = new HashMap<>();
    session.read(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement(
                  "SELECT t.from_address, t.to_address, t.value FROM appearances a"
                      + " JOIN transactions t ON t.id = a.tx_id WHERE a.address = ?"
                      + " AND a.tx_id >= ? AND a.tx_id < ? AND (a.flags & 3) != 0"
                      + " AND (t.status IS NULL OR t.status <> 0)"
                      + " AND t.to_address IS NOT NULL ORDER BY a.tx_id DESC LIMIT "
                      + MAX_ROWS)) {
            bind(st, a, fromId, toId);
            try (ResultSet r = st.executeQuery()) {
              while (r.next()) {
                BigInteger v = Amounts.decode(r.getBytes(3));
                if (v.signum() > 0) {
                  add(sums, Address.of(r.getBytes(1)), Address.of(r.getBytes(2)), null, v);
                }
              }
            }
          }
          try (PreparedStatement st =
              c.prepareStatement(
                  "SELECT x.token, x.from_address, x.to_address, x.value, k.name, k.symbol,"
                      + " k.decimals FROM appearances a"
                      + " JOIN token_transfers x ON x.tx_id = a.tx_id"
                      + " LEFT JOIN tokens k ON k.address = x.token AND k.known = 1"
                      + " WHERE a.address = ?"
                      + " AND a.tx_id >= ? AND a.tx_id < ? AND (a.flags & 24) != 0"
                      + " AND (x.from_address = ? OR x.to_address = ?)"
                      + " ORDER BY a.tx_id DESC LIMIT "
                      + MAX_ROWS)) {
            bind(st, a, fromId, toId);
            st.setBytes(4, a);
            st.setBytes(5, a);
            try (ResultSet r = st.executeQuery()) {
              while (r.next()) {
                Address token = Address.of(r.getBytes(1));
                int decimals = r.getInt(7);
                QueryRecords.TokenInfo info =
                    new QueryRecords.TokenInfo(
                        token, r.getString(5), r.getString(6), r.wasNull() ? null : decimals);
                add(
                    sums,
                    Address.of(r.getBytes(2)),
                    Address.of(r.getBytes(3)),
                    info,
                    Amounts.decode(r.getBytes(4)));
              }
            }
          }
          return null;
        });
    return List.copyOf(sums.values());
  }

  private static void bind(PreparedStatement st, byte[] a, long fromId, long toId)
      throws java.sql.SQLException {
    st.setBytes(1, a);
    st.setLong(2, fromId);
    st.setLong(3, toId);
  }

  private static void add(
      Map<Key, Flow> sums, Address from, Address to, QueryRecords.TokenInfo info, BigInteger v) {
    if (from.equals(to)) {
      return;
    }
    Address asset = info == null ? null : info.address();
    sums.merge(
        new Key(from, to, asset),
        new Flow(from, to, asset, info, v, 1),
        (x, y) -> new Flow(from, to, asset, info, x.total().add(y.total()), x.count() + y.count()));
  }
}
