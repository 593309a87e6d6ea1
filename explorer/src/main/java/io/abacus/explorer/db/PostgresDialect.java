package io.abacus.explorer.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An index in a PostgreSQL database, shared by a team: one indexer writes, any number of readers.
 * The big tables are partitioned by block range (see the migration).
 */
final class PostgresDialect extends Dialect {
  /** The key of the writer's advisory lock: one indexer per database. */
  private static final long WRITER_LOCK_KEY = 0x61626163757349L; // "abacusI"

  @Override
  public String name() {
    return "PostgreSQL";
  }

  @Override
  public String utcDay(String epochSeconds) {
    return "to_char(to_timestamp(" + epochSeconds + ") AT TIME ZONE 'UTC', 'YYYY-MM-DD')";
  }

  @Override
  DataSource dataSource(DbLocation location) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(location.jdbcUrl());
    location.properties().forEach((k, v) -> setProperty(ds, (String) k, (String) v));
    // A JDBC batch of inserts is sent as multi-row INSERTs: the indexer's chunks stay batches.
    ds.setReWriteBatchedInserts(true);
    ds.setApplicationName("abacus");
    return ds;
  }

  private static void setProperty(PGSimpleDataSource ds, String key, String value) {
    try {
      ds.setProperty(key, value);
    } catch (SQLException e) {
      throw new IllegalArgumentException("bad option '" + key + "' in --db: " + e.getMessage(), e);
    }
  }

  @Override
  String migrations() {
    return "classpath:db/migration/postgresql";
  }

  @Override
  void prepare(Connection c) {
    // amount_sum and fee_sum are SQL aggregates created by the migration.
  }

  /**
   * The indexer commits every chunk with its checkpoint; if the server crashes, the last chunks may
   * be lost but never half of one, and the indexer fetches them again from the checkpoint.
   */
  @Override
  void prepareWriter(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SET synchronous_commit = off");
    }
  }

  @Override
  void beforeWrite(Connection c, long first, long last) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT abacus_ensure_partitions(?, ?)")) {
      s.setLong(1, first);
      s.setLong(2, last);
      s.execute();
    }
    if (!c.getAutoCommit()) {
      c.commit();
    }
  }

  /** {@code COPY ... FROM STDIN (FORMAT binary)}: several times less work than INSERTs. */
  @Override
  Optional<PgCopyRows> copyRows() {
    return Optional.of(new PgCopyRows());
  }

  @Override
  IndexWriterLock lockWriter(ExplorerDatabase db) {
    Connection c = db.connect();
    boolean locked;
    try (PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      s.setLong(1, WRITER_LOCK_KEY);
      try (ResultSet r = s.executeQuery()) {
        locked = r.next() && r.getBoolean(1);
      }
    } catch (SQLException e) {
      closeQuietly(c);
      throw new DatabaseException("cannot lock " + db.location() + ": " + e.getMessage(), e);
    }
    if (!locked) {
      closeQuietly(c);
      throw new DatabaseException(
          "another indexer is already writing to "
              + db.location()
              + "; let it finish or stop it (one indexer per index)");
    }
    return () -> unlock(c);
  }

  private static void unlock(Connection c) {
    try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
      s.setLong(1, WRITER_LOCK_KEY);
      s.execute();
    } catch (SQLException ignored) {
      // Closing the session below releases the lock as well.
    }
    closeQuietly(c);
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // The server ends the session and its locks with the connection.
    }
  }

  @Override
  void compact(Connection c) {
    // The server keeps its own files; nothing to fold back.
  }

  @Override
  void afterCommit(Connection c) {
    // No write-ahead log to keep short from here: the server checkpoints on its own.
  }

  /**
   * Every table of the index's schema (partitions included) with its indexes and TOAST; other
   * schemas and databases on the server are not counted.
   */
  @Override
  long sizeBytes(ExplorerDatabase db) throws SQLException {
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT coalesce(sum(pg_total_relation_size(t.oid)), 0) FROM pg_class t"
                    + " JOIN pg_namespace n ON n.oid = t.relnamespace"
                    + " WHERE n.nspname = current_schema() AND t.relkind IN ('r', 'm')")) {
      r.next();
      return r.getLong(1);
    }
  }
}
