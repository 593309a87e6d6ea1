package io.abacus.explorer.query;

import io.abacus.explorer.db.Amounts;
import io.abacus.explorer.db.DatabaseException;
import io.abacus.wallet.address.Address;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Small JDBC helpers for the query classes. */
final class Rows {
  private Rows() {}

  /** Maps one row. */
  @FunctionalInterface
  interface Mapper<T> {
    T map(ResultSet r) throws SQLException;
  }

  /** {@code n} comma-separated {@code ?} for an {@code IN (...)} list (n >= 1). */
  static String placeholders(int n) {
    return "?" + ",?".repeat(n - 1);
  }

  /**
   * {@code ids} (at least one) padded with copies of its last id to the next power of two, so that
   * pages of similar size share an {@code IN (...)} list's text and with it its prepared statement
   * (see {@link Statements}); a repeated id in an {@code IN} list changes nothing.
   */
  static List<Long> padded(List<Long> ids) {
    int size = Integer.highestOneBit(ids.size());
    if (size == ids.size()) {
      return ids;
    }
    List<Long> out = new ArrayList<>(size * 2);
    out.addAll(ids);
    Long last = ids.get(ids.size() - 1);
    while (out.size() < size * 2) {
      out.add(last);
    }
    return out;
  }

  static <T> List<T> list(Connection c, String sql, Mapper<T> mapper, Object... params) {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      return list(s, mapper, params);
    } catch (SQLException e) {
      throw new DatabaseException("query failed: " + e.getMessage(), e);
    }
  }

  /** Binds {@code params} to {@code s} (prepared or kept), runs it and maps each row. */
  static <T> List<T> list(PreparedStatement s, Mapper<T> mapper, Object... params)
      throws SQLException {
    bind(s, params);
    try (ResultSet r = s.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (r.next()) {
        out.add(mapper.map(r));
      }
      return out;
    }
  }

  static int update(Connection c, String sql, Object... params) {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, params);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new DatabaseException("update failed: " + e.getMessage(), e);
    }
  }

  private static void bind(PreparedStatement s, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      s.setObject(i + 1, params[i]);
    }
  }

  static <T> T one(Connection c, String sql, Mapper<T> mapper, Object... params) {
    List<T> rows = list(c, sql, mapper, params);
    return rows.isEmpty() ? null : rows.get(0);
  }

  static Address address(byte[] bytes) {
    return bytes == null ? null : Address.of(bytes);
  }

  static BigInteger amount(byte[] bytes) {
    return Amounts.decode(bytes);
  }
}
