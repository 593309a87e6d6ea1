package io.abacus.explorer.db;

/**
 * The one-writer lock of an index, held while an indexer writes: an OS file lock beside a SQLite
 * file, a session advisory lock in PostgreSQL. Both go away when the process dies.
 */
public interface IndexWriterLock extends AutoCloseable {
  /** Releases the lock. */
  @Override
  void close();
}
