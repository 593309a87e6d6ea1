package io.abacus.explorer.db;

import io.abacus.wallet.storage.PrivateFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One indexer per index file: an OS lock on {@code <index>.lock}, held while an indexer is open. A
 * second indexer (another process, or the app and the command line) gets one clear sentence at once
 * instead of SQLite's {@code SQLITE_BUSY_SNAPSHOT} after a long wait. The OS releases the lock when
 * the process dies.
 */
final class FileWriterLock implements IndexWriterLock {
  private final FileChannel channel;
  private final FileLock lock;

  private FileWriterLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the writer lock of the index {@code db}.
   *
   * @throws DatabaseException if another indexer holds it
   */
  static FileWriterLock acquire(Path db) {
    Path file = db.resolveSibling(db.getFileName() + ".lock");
    FileChannel channel = null;
    try {
      PrivateFiles.createFile(file);
      channel = FileChannel.open(file, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException sameProcess) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new DatabaseException(
            "another indexer is already writing to "
                + db
                + "; let it finish or stop it (one indexer per index file)");
      }
      return new FileWriterLock(channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new DatabaseException("cannot lock " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // Closing the channel releases it as well.
    }
    closeQuietly(channel);
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // Nothing to do: the lock goes with the channel.
      }
    }
  }
}
