package io.abacus.explorer.db;

import io.abacus.wallet.storage.PrivateFiles;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.sqlite.Function;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** An index in one SQLite file in WAL mode (the default store). */
final class SqliteDialect extends Dialect {
  @Override
  public String name() {
    return "SQLite";
  }

  @Override
  public String utcDay(String epochSeconds) {
    return "date(" + epochSeconds + ", 'unixepoch')";
  }

  @Override
  DataSource dataSource(DbLocation location) {
    Path file = location.file();
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
    } catch (IOException e) {
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
    return ds;
  }

  @Override
  String migrations() {
    return "classpath:db/migration/sqlite";
  }

  /** {@code amount_sum(x)} and {@code fee_sum(gas, price)}: exact sums as decimal text. */
  @Override
  void prepare(Connection c) throws SQLException {
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

  @Override
  void prepareWriter(Connection c) {
    // The pragmas of the data source already suit the writer.
  }

  @Override
  void beforeWrite(Connection c, long first, long last) {
    // One file, no partitions.
  }

  @Override
  Optional<PgCopyRows> copyRows() {
    return Optional.empty();
  }

  @Override
  boolean defersIndexes() {
    return true;
  }

  @Override
  IndexWriterLock lockWriter(ExplorerDatabase db) {
    return FileWriterLock.acquire(db.file());
  }

  @Override
  void compact(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
  }

  /**
   * Copies the chunk just committed from the write-ahead log into the file when no reader holds it
   * back (PASSIVE: never waits), so the log stays about one chunk long during a bulk load.
   */
  @Override
  void afterCommit(Connection c) throws SQLException {
    c.setAutoCommit(true);
    try (Statement s = c.createStatement();
        java.sql.ResultSet r = s.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
      r.next();
    } finally {
      c.setAutoCommit(false);
    }
  }

  @Override
  long sizeBytes(ExplorerDatabase db) throws SQLException {
    Path file = db.file();
    long total = 0;
    for (String suffix : java.util.List.of("", "-wal", "-shm")) {
      Path p = file.resolveSibling(file.getFileName() + suffix);
      try {
        total += Files.size(p);
      } catch (java.nio.file.NoSuchFileException gone) {
        // No log (yet, or checkpointed away): nothing to count.
      } catch (IOException e) {
        throw new SQLException("cannot read the size of " + p + ": " + e.getMessage(), e);
      }
    }
    return total;
  }
}
