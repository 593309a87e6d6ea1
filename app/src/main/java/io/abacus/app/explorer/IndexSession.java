package io.abacus.app.explorer;

import io.abacus.explorer.db.DbLocation;
import io.abacus.explorer.db.Dialect;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.query.AddressQueries;
import io.abacus.explorer.query.ExplorerQueries;
import io.abacus.explorer.query.StatsQueries;
import io.abacus.wallet.network.Network;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The index of one network and its read connections: a file on this computer or a shared PostgreSQL
 * index (read-only ones are never written). Everything opens lazily on first use, which is always a
 * background task: opening runs the schema migrations. Query objects are synchronized, so tasks on
 * several worker threads share them safely.
 */
public final class IndexSession implements AutoCloseable {
  /** Blocks this close to the node's head show as unconfirmed. */
  public static final int CONFIRMATIONS = 12;

  private final Network network;
  private final DbLocation location;
  private final boolean readOnly;
  private final java.util.concurrent.atomic.AtomicBoolean indexing;
  private final io.abacus.app.labels.Names names;
  private ExplorerDatabase database;
  private ExplorerQueries explorer;
  private AddressQueries addresses;
  private StatsQueries stats;
  private final Object readLock = new Object();
  private java.sql.Connection connection;
  private volatile boolean closed;

  public IndexSession(Network network, Path file) {
    this(network, DbLocation.file(file), false, new java.util.concurrent.atomic.AtomicBoolean());
  }

  /**
   * @param readOnly true for a shared index the app only reads (its sessions are read-only)
   * @param indexing shared by every session on {@code location}, so that only one indexer writes it
   */
  public IndexSession(
      Network network,
      DbLocation location,
      boolean readOnly,
      java.util.concurrent.atomic.AtomicBoolean indexing) {
    this(network, location, readOnly, indexing, null);
  }

  /**
   * @param names the app's names, merged with the index's labels in exports (null: the index's
   *     labels only)
   */
  IndexSession(
      Network network,
      DbLocation location,
      boolean readOnly,
      java.util.concurrent.atomic.AtomicBoolean indexing,
      io.abacus.app.labels.Names names) {
    this.network = network;
    this.location = location;
    this.readOnly = readOnly;
    this.indexing = indexing;
    this.names = names;
  }

  /**
   * Claims the index for one indexer; false when another one is at work on it or it is read-only.
   */
  public boolean beginIndexing() {
    return !readOnly && indexing.compareAndSet(false, true);
  }

  public void endIndexing() {
    indexing.set(false);
  }

  public Network network() {
    return network;
  }

  /**
   * The index file.
   *
   * @throws IllegalStateException for a shared index
   */
  public Path file() {
    return location.file();
  }

  /** Where the index lives (its text never shows a password). */
  public DbLocation location() {
    return location;
  }

  /** True for a shared PostgreSQL index. */
  public boolean isShared() {
    return !location.isFile();
  }

  /** True for a shared index the app only reads. */
  public boolean isReadOnly() {
    return readOnly;
  }

  /**
   * True once the index file exists (an index was started for this network); a shared index is
   * taken to exist (opening it says otherwise).
   */
  public boolean exists() {
    return isShared() || Files.isRegularFile(location.file());
  }

  /** The SQL differences of the store this index lives in. */
  public Dialect dialect() {
    return existing().dialect();
  }

  /**
   * The bytes the index takes: the file with its write-ahead log, or its tables in the shared
   * database.
   */
  public long sizeBytes() {
    return existing().sizeBytes();
  }

  /** Opens (creating when needed) the database; for the indexer. */
  public synchronized ExplorerDatabase create() {
    if (closed) {
      throw new IllegalStateException("the index session is closed");
    }
    if (database == null) {
      database = ExplorerDatabase.open(location);
    }
    return database;
  }

  private synchronized ExplorerDatabase existing() {
    if (database == null && !exists()) {
      throw new NoIndexException(network.name());
    }
    return create();
  }

  public synchronized ExplorerQueries explorer() {
    if (explorer == null) {
      explorer = new ExplorerQueries(existing(), CONFIRMATIONS);
    }
    return explorer;
  }

  public synchronized AddressQueries addresses() {
    if (addresses == null) {
      addresses = new AddressQueries(existing(), explorer().methods());
    }
    return addresses;
  }

  public synchronized StatsQueries stats() {
    if (stats == null) {
      stats = new StatsQueries(existing());
    }
    return stats;
  }

  /**
   * The label columns of a CSV export: the app's merged names (address book, this index's labels,
   * the Sandbox's names); each address looked up once per export.
   */
  public io.abacus.explorer.export.CsvLabels csvLabels() {
    ExplorerQueries q = explorer();
    if (names == null) {
      return io.abacus.explorer.export.CsvLabels.index(q);
    }
    long chain = network.chainId();
    return io.abacus.explorer.export.CsvLabels.cached(a -> names.label(chain, a, q::label));
  }

  /** The result of {@code read} on the session's own read connection (serialized). */
  public <T> T read(SqlRead<T> read) {
    ExplorerDatabase db = existing();
    // Its own lock: a long aggregate read must not hold up the query objects' getters.
    synchronized (readLock) {
      if (closed) {
        throw new IllegalStateException("the index session is closed");
      }
      if (connection == null) {
        connection = db.connect();
      }
      try {
        return read.apply(connection);
      } catch (java.sql.SQLException e) {
        throw new io.abacus.explorer.db.DatabaseException(
            "reading " + location + ": " + e.getMessage(), e);
      }
    }
  }

  /** A read on a JDBC connection. */
  @FunctionalInterface
  public interface SqlRead<T> {
    T apply(java.sql.Connection c) throws java.sql.SQLException;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (explorer != null) {
      explorer.close();
    }
    if (addresses != null) {
      addresses.close();
    }
    if (stats != null) {
      stats.close();
    }
    synchronized (readLock) {
      if (connection != null) {
        try {
          connection.close();
        } catch (java.sql.SQLException ignored) {
          // Read-only use; nothing to save.
        }
      }
    }
  }

  /** Reading an index that was never started. */
  public static final class NoIndexException extends RuntimeException {
    public NoIndexException(String network) {
      super("no index for " + network + " yet: start one in the index manager");
    }
  }
}
