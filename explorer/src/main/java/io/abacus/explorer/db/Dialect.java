package io.abacus.explorer.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What differs between the stores an index can live in (SQLite, PostgreSQL); everything else is
 * shared SQL. See docs/decisions/0010-postgresql-store.md.
 */
public abstract class Dialect {
  Dialect() {}

  /** "SQLite" or "PostgreSQL". */
  public abstract String name();

  /** SQL for the UTC day ({@code YYYY-MM-DD} text) of a column of epoch seconds. */
  public abstract String utcDay(String epochSeconds);

  /** The connection source for {@code location}, not yet migrated. */
  abstract DataSource dataSource(DbLocation location);

  /** The Flyway location of this store's migrations. */
  abstract String migrations();

  /** Called on every new connection (SQLite registers the amount aggregates here). */
  abstract void prepare(Connection c) throws SQLException;

  /** Called once on the indexer's connection: session settings for bulk writing. */
  abstract void prepareWriter(Connection c) throws SQLException;

  /**
   * Called before blocks {@code first..last} are written (PostgreSQL creates their partitions);
   * commits its own work.
   */
  abstract void beforeWrite(Connection c, long first, long last) throws SQLException;

  /**
   * The indexer's rows of a chunk as binary {@code COPY}s (PostgreSQL), or empty when the store
   * takes them as batches of prepared statements (SQLite).
   */
  abstract Optional<PgCopyRows> copyRows();

  /** Takes the one-writer lock of the index. */
  abstract IndexWriterLock lockWriter(ExplorerDatabase db);

  /** Makes the stored data self-contained where that means anything (SQLite's WAL). */
  abstract void compact(Connection c) throws SQLException;

  /**
   * Whether the indexer may drop the bulk tables' secondary indexes for a first bulk load and build
   * them after it (SQLite: {@link DeferredIndexes}); PostgreSQL keeps its partitions' indexes.
   */
  boolean defersIndexes() {
    return false;
  }

  /** After the writer committed a chunk (auto-commit off): keeps SQLite's log short. */
  abstract void afterCommit(Connection c) throws SQLException;

  /**
   * The bytes the index takes where it is stored: SQLite's file with its WAL and shared-memory
   * files, PostgreSQL's tables of the index's schema with their indexes and TOAST.
   */
  abstract long sizeBytes(ExplorerDatabase db) throws SQLException;
}
