package io.abacus.explorer.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * One explorer index, migrated with Flyway on open: a SQLite file in WAL mode (the default) or a
 * PostgreSQL database (a new SQLite file gets its schema from {@link SqliteSchema}, a current one
 * opens without Flyway). Hands out connections; one writer at a time (the indexer, see {@link
 * #lockWriter()}), any number of readers (queries). The SQL of the explorer is shared; what differs
 * is in {@link #dialect()}.
 */
public final class ExplorerDatabase {
  /**
   * The version of the newest script in {@code db/migration/sqlite}: a file whose Flyway history
   * already ends there successfully opens without Flyway (loading and scanning it costs a
   * command-line start about half a second). ExplorerDatabaseTest checks this against the scripts.
   */
  static final int SCHEMA_VERSION = 5;

  private final DbLocation location;
  private final Dialect dialect;
  private final DataSource dataSource;

  private ExplorerDatabase(DbLocation location, Dialect dialect, DataSource dataSource) {
    this.location = location;
    this.dialect = dialect;
    this.dataSource = dataSource;
  }

  /**
   * Opens (creating if needed) the SQLite index at {@code file} and brings its schema up to date.
   *
   * @throws DatabaseException when the file is not a usable Abacus index
   */
  public static ExplorerDatabase open(Path file) {
    return open(DbLocation.file(file));
  }

  /**
   * Opens (creating the schema if needed) the index at {@code location} and brings its schema up to
   * date.
   *
   * @throws DatabaseException when it cannot be reached or is not a usable Abacus index
   */
  public static ExplorerDatabase open(DbLocation location) {
    Dialect dialect = location.isFile() ? new SqliteDialect() : new PostgresDialect();
    DataSource ds = dialect.dataSource(location);
    if (!location.isFile()) {
      // A server that cannot be reached is not "not an index".
      try (Connection probe = ds.getConnection()) {
        probe.isValid(10);
      } catch (SQLException e) {
        throw new DatabaseException("cannot connect to " + location + ": " + e.getMessage(), e);
      }
    }
    try {
      if (!(location.isFile()
          && (created(location.file(), ds) || isCurrent(location.file(), ds)))) {
        Flyway.configure().dataSource(ds).locations(dialect.migrations()).load().migrate();
      }
    } catch (RuntimeException e) {
      throw new DatabaseException(location + " is not a usable Abacus index: " + rootMessage(e), e);
    } catch (SQLException e) {
      throw new DatabaseException(location + " is not a usable Abacus index: " + e.getMessage(), e);
    }
    return new ExplorerDatabase(location, dialect, ds);
  }

  /** Where the index lives (its {@code toString()} never shows a password). */
  public DbLocation location() {
    return location;
  }

  /** The store's SQL differences. */
  public Dialect dialect() {
    return dialect;
  }

  /**
   * The SQLite file of the index.
   *
   * @throws IllegalStateException for a PostgreSQL index
   */
  public Path file() {
    return location.file();
  }

  /**
   * Whether {@code file} was new (empty) and now holds the current schema, created without Flyway
   * by {@link SqliteSchema}.
   */
  private static boolean created(Path file, DataSource ds) throws SQLException {
    try {
      if (Files.size(file) != 0) {
        return false;
      }
    } catch (java.io.IOException e) {
      return false;
    }
    return SqliteSchema.createIfEmpty(ds);
  }

  /**
   * Whether Flyway's history says the schema is at {@link #SCHEMA_VERSION} with no failed
   * migration; false (let Flyway decide and explain) for a new, foreign or older file.
   */
  private static boolean isCurrent(Path file, DataSource ds) {
    try {
      if (Files.size(file) == 0) {
        return false;
      }
    } catch (java.io.IOException e) {
      return false;
    }
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        java.sql.ResultSet r =
            s.executeQuery(
                "SELECT max(CAST(version AS INTEGER)), min(success) FROM flyway_schema_history"
                    + " WHERE version IS NOT NULL")) {
      return r.next() && r.getInt(1) == SCHEMA_VERSION && r.getInt(2) == 1;
    } catch (SQLException e) {
      return false;
    }
  }

  /** A new connection with auto-commit on and the explorer's SQL functions available. */
  public Connection connect() {
    try {
      Connection c = dataSource.getConnection();
      dialect.prepare(c);
      return c;
    } catch (SQLException e) {
      throw new DatabaseException("cannot open " + location + ": " + e.getMessage(), e);
    }
  }

  /**
   * Takes the index's one-writer lock; close it to let another writer in.
   *
   * @throws DatabaseException if another indexer holds it
   */
  public IndexWriterLock lockWriter() {
    return dialect.lockWriter(this);
  }

  /** SQLite: runs {@code PRAGMA wal_checkpoint(TRUNCATE)} so the file alone holds everything. */
  public void checkpointWal() {
    try (Connection c = connect()) {
      dialect.compact(c);
    } catch (SQLException e) {
      throw new DatabaseException("cannot checkpoint " + location + ": " + e.getMessage(), e);
    }
  }

  /**
   * The bytes the index takes where it is stored: a SQLite file with its write-ahead log, or the
   * index's tables (with their indexes) in the PostgreSQL database.
   *
   * @throws DatabaseException when it cannot be read
   */
  public long sizeBytes() {
    try {
      return dialect.sizeBytes(this);
    } catch (SQLException e) {
      throw new DatabaseException("cannot read the size of " + location + ": " + e.getMessage(), e);
    }
  }

  /** Session settings of the indexer's connection (package-private: {@link IndexStore}). */
  void prepareWriter(Connection c) throws SQLException {
    dialect.prepareWriter(c);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? e.getMessage() : t.getMessage();
  }
}
