package io.abacus.explorer.db;

import io.abacus.wallet.storage.PrivateFiles;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.sqlite.Function;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * One explorer index: a SQLite file in WAL mode, migrated with Flyway on open. Hands out
 * connections; one writer at a time (the indexer), any number of readers (queries).
 */
public final class ExplorerDatabase {
  /**
   * The version of the newest script in {@code db/migration}: a file whose Flyway history already
   * ends there successfully opens without Flyway (loading and scanning it costs a command-line
   * start about half a second). ExplorerDatabaseTest checks this against the scripts.
   */
  static final int SCHEMA_VERSION = 5;

  private final Path file;
  private final SQLiteDataSource dataSource;

  private ExplorerDatabase(Path file, SQLiteDataSource dataSource) {
    this.file = file;
    this.dataSource = dataSource;
  }

  /**
   * Opens (creating if needed) the index at {@code file} and brings its schema up to date.
   *
   * @throws DatabaseException when the file is not a usable Abacus index
   */
  public static ExplorerDatabase open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      // An index reveals what the user looks at: 0600. SQLite gives its -wal and -shm files the
      // permissions of the database file.
      PrivateFiles.createFile(file);
      PrivateFiles.restrictIfExists(file.resolveSibling(file.getFileName() + "-wal"));
      PrivateFiles.restrictIfExists(file.resolveSibling(file.getFileName() + "-shm"));
    } catch (java.io.IOException e) {
      throw new DatabaseException(
          "cannot create the folder for " + file + ": " + e.getMessage(), e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(30_000);
    config.setTempStore(SQLiteConfig.TempStore.MEMORY);
    config.setCacheSize(-65_536);
    SQLiteDataSource ds = new SQLiteDataSource(config);
    ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    try {
      if (!isCurrent(file, ds)) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
      }
    } catch (RuntimeException e) {
      throw new DatabaseException(file + " is not a usable Abacus index: " + rootMessage(e), e);
    }
    return new ExplorerDatabase(file, ds);
  }

  /**
   * Whether Flyway's history says the schema is at {@link #SCHEMA_VERSION} with no failed
   * migration; false (let Flyway decide and explain) for a new, foreign or older file.
   */
  private static boolean isCurrent(Path file, SQLiteDataSource ds) {
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

  public Path file() {
    return file;
  }

  /** A new connection with auto-commit on and the explorer's SQL functions registered. */
  public Connection connect() {
    try {
      Connection c = dataSource.getConnection();
      registerFunctions(c);
      return c;
    } catch (SQLException e) {
      throw new DatabaseException("cannot open " + file + ": " + e.getMessage(), e);
    }
  }

  /** Runs {@code PRAGMA wal_checkpoint(TRUNCATE)} so the file alone holds everything. */
  public void checkpointWal() {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (SQLException e) {
      throw new DatabaseException("cannot checkpoint " + file + ": " + e.getMessage(), e);
    }
  }

  /** {@code amount_sum(x)}: exact sum of encoded amounts, as decimal text. */
  private static void registerFunctions(Connection c) throws SQLException {
    Function.create(
        c,
        "amount_sum",
        new Function.Aggregate() {
          private BigInteger sum = BigInteger.ZERO;

          @Override
          protected void xStep() throws SQLException {
            byte[] v = value_blob(0);
            if (v != null) {
              sum = sum.add(Amounts.decode(v));
            }
          }

          @Override
          protected void xFinal() throws SQLException {
            result(sum.toString());
            sum = BigInteger.ZERO;
          }
        });
    Function.create(
        c,
        "fee_sum",
        new Function.Aggregate() {
          private BigInteger sum = BigInteger.ZERO;

          @Override
          protected void xStep() throws SQLException {
            byte[] price = value_blob(1);
            if (price != null) {
              sum = sum.add(Amounts.decode(price).multiply(BigInteger.valueOf(value_long(0))));
            }
          }

          @Override
          protected void xFinal() throws SQLException {
            result(sum.toString());
            sum = BigInteger.ZERO;
          }
        });
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? e.getMessage() : t.getMessage();
  }
}
