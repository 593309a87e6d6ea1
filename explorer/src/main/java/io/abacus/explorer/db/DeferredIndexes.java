package io.abacus.explorer.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite's secondary indexes of the bulk tables (blocks, transactions, logs, token transfers: by
 * hash, time, transaction and token), dropped for the first bulk load of an empty index and built
 * once after it, which costs the writer less than keeping four B-trees of random keys up to date
 * row by row. Each dropped index's own {@code CREATE INDEX} text is kept in {@code index_options}
 * (name {@code deferred_index:NAME}) in the same transaction as the drop, and the build runs them
 * and deletes those rows in one transaction: SQLite's schema changes are transactional, so a
 * process killed at any point leaves either the indexes or the rows that rebuild them, and the next
 * run (or {@link IndexStore#completeIndexes()}) finishes the job. The primary keys (and so the
 * appearances and every lookup by block number) stay in place throughout.
 */
final class DeferredIndexes {
  private static final String PREFIX = "deferred_index:";

  private DeferredIndexes() {}

  /**
   * Drops the bulk tables' secondary indexes and records them, in the caller's transaction; returns
   * how many (0 when they were already deferred).
   */
  static int defer(Connection c) throws SQLException {
    List<String[]> found = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                    + " AND tbl_name IN ('blocks', 'transactions', 'logs', 'token_transfers')"
                    + " ORDER BY name")) {
      while (r.next()) {
        found.add(new String[] {r.getString(1), r.getString(2)});
      }
    }
    try (PreparedStatement record = c.prepareStatement("INSERT INTO index_options VALUES (?, ?)");
        Statement drop = c.createStatement()) {
      for (String[] index : found) {
        record.setString(1, PREFIX + index[0]);
        record.setString(2, index[1]);
        record.executeUpdate();
        drop.executeUpdate("DROP INDEX \"" + index[0].replace("\"", "\"\"") + "\"");
      }
    }
    return found.size();
  }

  /** Whether indexes were dropped and not built yet. */
  static boolean pending(Connection c) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT 1 FROM index_options WHERE name LIKE ? LIMIT 1")) {
      s.setString(1, PREFIX + "%");
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  /**
   * Builds the recorded indexes and forgets them, in the caller's transaction; returns how many.
   */
  static int build(Connection c) throws SQLException {
    List<String[]> recorded = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT name, value FROM index_options WHERE name LIKE ? ORDER BY name")) {
      s.setString(1, PREFIX + "%");
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          recorded.add(new String[] {r.getString(1), r.getString(2)});
        }
      }
    }
    try (Statement create = c.createStatement();
        PreparedStatement forget = c.prepareStatement("DELETE FROM index_options WHERE name = ?")) {
      for (String[] index : recorded) {
        create.executeUpdate(index[1]);
        forget.setString(1, index[0]);
        forget.executeUpdate();
      }
    }
    return recorded.size();
  }
}
