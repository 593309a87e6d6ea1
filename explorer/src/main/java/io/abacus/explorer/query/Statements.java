package io.abacus.explorer.query;

import io.abacus.explorer.db.DatabaseException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prepared statements of one connection, kept by SQL text for the next query with the same text
 * (at most {@value #MAX} of them; the least recently used one is closed first). Preparing a history
 * page's statements again for every page cost about as much as running them (SQLite plans each new
 * statement). Not thread-safe: the query classes' synchronized methods guard it.
 */
final class Statements implements AutoCloseable {
  static final int MAX = 32;

  private final Connection c;
  private final Map<String, PreparedStatement> bySql = new LinkedHashMap<>(16, 0.75f, true);

  Statements(Connection c) {
    this.c = c;
  }

  /** Rows of {@code sql} with {@code params}, each mapped by {@code mapper}. */
  <T> List<T> list(String sql, Rows.Mapper<T> mapper, Object... params) {
    try {
      return Rows.list(statement(sql), mapper, params);
    } catch (SQLException e) {
      forget(sql);
      throw new DatabaseException("query failed: " + e.getMessage(), e);
    }
  }

  /** The first row of {@code sql} mapped, or null when there is none. */
  <T> T one(String sql, Rows.Mapper<T> mapper, Object... params) {
    List<T> rows = list(sql, mapper, params);
    return rows.isEmpty() ? null : rows.get(0);
  }

  private PreparedStatement statement(String sql) throws SQLException {
    PreparedStatement s = bySql.get(sql);
    if (s != null) {
      return s;
    }
    s = c.prepareStatement(sql);
    bySql.put(sql, s);
    if (bySql.size() > MAX) {
      Iterator<PreparedStatement> eldest = bySql.values().iterator();
      closeQuietly(eldest.next());
      eldest.remove();
    }
    return s;
  }

  /** Drops a statement that failed, so the next query prepares it afresh. */
  private void forget(String sql) {
    PreparedStatement s = bySql.remove(sql);
    if (s != null) {
      closeQuietly(s);
    }
  }

  /** How many statements are kept (for tests). */
  int size() {
    return bySql.size();
  }

  /** Closes every kept statement (not the connection). */
  @Override
  public void close() {
    bySql.values().forEach(Statements::closeQuietly);
    bySql.clear();
  }

  private static void closeQuietly(PreparedStatement s) {
    try {
      s.close();
    } catch (SQLException ignored) {
      // A read statement; nothing is lost when closing it fails.
    }
  }
}
