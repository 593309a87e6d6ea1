package io.abacus.explorer.query;

import io.abacus.wallet.address.Address;
import java.math.BigInteger;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A token's page: what the index read from the contract, its transfers and its holders. */
public final class TokenQueries {
  private static final Address ZERO = Address.of(new byte[20]);

  private TokenQueries() {}

  /**
   * One token's summary, holders computed from its transfers (received minus sent; mints come from
   * and burns go to the zero address, which is no holder).
   *
   * @param top how many of the largest holders to list
   */
  public static QueryRecords.TokenSummary summary(Connection c, Address token, int top) {
    QueryRecords.TokenInfo info =
        Rows.one(
            c,
            "SELECT name, symbol, decimals FROM tokens WHERE address = ? AND known = 1",
            r -> {
              int decimals = r.getInt(3);
              return new QueryRecords.TokenInfo(
                  token, r.getString(1), r.getString(2), r.wasNull() ? null : decimals);
            },
            (Object) token.toBytes());
    long transfers =
        Rows.one(
            c,
            "SELECT count(*) FROM token_transfers WHERE token = ?",
            r -> r.getLong(1),
            (Object) token.toBytes());
    Map<Address, BigInteger> balances = new HashMap<>();
    sum(c, token, "to_address", balances, false);
    sum(c, token, "from_address", balances, true);
    BigInteger minted = BigInteger.ZERO;
    BigInteger burned = BigInteger.ZERO;
    BigInteger zero = balances.remove(ZERO);
    if (zero != null) {
      // The zero address "sent" what was minted and "received" what was burned.
      minted = received(c, token, "from_address");
      burned = received(c, token, "to_address");
    }
    List<QueryRecords.Holder> holders = new ArrayList<>();
    for (Map.Entry<Address, BigInteger> e : balances.entrySet()) {
      if (e.getValue().signum() > 0) {
        holders.add(new QueryRecords.Holder(e.getKey(), e.getValue()));
      }
    }
    holders.sort(
        Comparator.comparing(QueryRecords.Holder::balance)
            .reversed()
            .thenComparing(h -> h.address().toString()));
    return new QueryRecords.TokenSummary(
        info == null ? QueryRecords.TokenInfo.unknown(token) : info,
        transfers,
        holders.size(),
        minted,
        burned,
        List.copyOf(holders.subList(0, Math.min(top, holders.size()))));
  }

  private static void sum(
      Connection c, Address token, String column, Map<Address, BigInteger> into, boolean subtract) {
    for (Object[] row :
        Rows.list(
            c,
            "SELECT "
                + column
                + ", amount_sum(value) FROM token_transfers"
                + " WHERE token = ? AND standard = 20 GROUP BY "
                + column,
            r -> new Object[] {Address.of(r.getBytes(1)), new BigInteger(r.getString(2))},
            (Object) token.toBytes())) {
      BigInteger v = (BigInteger) row[1];
      into.merge((Address) row[0], subtract ? v.negate() : v, BigInteger::add);
    }
  }

  /** What moved from ({@code from_address}) or to the zero address. */
  private static BigInteger received(Connection c, Address token, String column) {
    String sum =
        Rows.one(
            c,
            "SELECT amount_sum(value) FROM token_transfers WHERE token = ? AND standard = 20 AND "
                + column
                + " = ?",
            r -> r.getString(1),
            token.toBytes(),
            ZERO.toBytes());
    return sum == null ? BigInteger.ZERO : new BigInteger(sum);
  }
}
