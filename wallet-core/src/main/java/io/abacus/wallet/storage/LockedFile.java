package io.abacus.wallet.storage;

import java.io.IOException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Read-modify-write of a file shared with other Abacus processes (the desktop app and the command
 * line, or two commands at once): an OS lock ({@link FileChannel#lock}) on the sibling {@code
 * NAME.lock} is held from the read to the end of the {@link AtomicFile} write, so an edit always
 * starts from the latest saved version and no process overwrites another's change unseen. Within
 * one JVM a per-path lock serializes threads (OS locks are per process) and lets the holder
 * re-enter. Lock files are left in place (deleting them would race); they are empty and owner-only.
 */
public final class LockedFile {
  /** How long to wait for another process before giving up with a one-line error. */
  static final Duration TIMEOUT = Duration.ofSeconds(60);

  // OS file locks belong to the process, so threads of this JVM need their own lock per path;
  // this map is that per-process registry (it holds no state beyond the locks themselves).
  private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS =
      new ConcurrentHashMap<>();

  /** Work done while the lock is held. */
  @FunctionalInterface
  public interface Action<T> {
    T run() throws IOException;
  }

  private LockedFile() {}

  /** The lock file of {@code file}. */
  public static Path lockOf(Path file) {
    return file.resolveSibling(file.getFileName() + ".lock");
  }

  /**
   * Re-reads {@code file} (or its backup, if it is missing) under the lock, passes the bytes to
   * {@code change}, and writes what it returns with {@link AtomicFile#write}; {@code null} means
   * "no change". Returns what was written, or the unchanged content.
   */
  public static Optional<byte[]> update(Path file, Function<Optional<byte[]>, byte[]> change)
      throws IOException {
    return withLock(
        file,
        () -> {
          Optional<byte[]> current = AtomicFile.read(file);
          Optional<byte[]> next = Optional.ofNullable(change.apply(current));
          if (next.isEmpty()) {
            return current;
          }
          AtomicFile.write(file, next.get());
          return next;
        });
  }

  /**
   * Runs {@code action} holding the lock of {@code file}, waiting (up to a minute) for another
   * process or thread that holds it. Re-entrant for the thread that holds it.
   *
   * @throws IOException also when the wait times out ("... is busy in another Abacus process")
   */
  public static <T> T withLock(Path file, Action<T> action) throws IOException {
    Path key = file.toAbsolutePath().normalize();
    ReentrantLock local = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock(true));
    try {
      if (!local.tryLock(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw busy(file);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for " + file.getFileName(), e);
    }
    try {
      if (local.getHoldCount() > 1) {
        return action.run();
      }
      Path lockFile = lockOf(key);
      PrivateFiles.createDirectories(key.getParent());
      try (FileChannel channel =
              FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock held = acquire(channel, file)) {
        PrivateFiles.restrict(lockFile);
        return action.run();
      }
    } finally {
      local.unlock();
    }
  }

  /**
   * Blocks in the OS lock (the kernel queues waiters fairly, unlike polling); a timer closes the
   * channel if the wait exceeds {@link #TIMEOUT}, which ends the wait.
   */
  private static FileLock acquire(FileChannel channel, Path file) throws IOException {
    try {
      FileLock free = channel.tryLock();
      if (free != null) {
        return free;
      }
    } catch (OverlappingFileLockException otherClassLoader) {
      throw new IOException(file.getFileName() + " is locked twice inside this process");
    }
    AtomicBoolean waiting = new AtomicBoolean(true);
    CompletableFuture.runAsync(
        () -> {
          if (waiting.getAndSet(false)) {
            try {
              channel.close();
            } catch (IOException ignored) {
              // The wait ends either way.
            }
          }
        },
        CompletableFuture.delayedExecutor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
    try {
      FileLock lock = channel.lock();
      if (!waiting.getAndSet(false)) {
        lock.close();
        throw busy(file);
      }
      return lock;
    } catch (AsynchronousCloseException timedOut) {
      throw busy(file);
    } catch (OverlappingFileLockException otherClassLoader) {
      throw new IOException(file.getFileName() + " is locked twice inside this process");
    }
  }

  private static IOException busy(Path file) {
    return new IOException(
        file.getFileName() + " is being changed by another Abacus process; try again");
  }
}
