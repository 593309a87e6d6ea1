package io.abacus.app.sandbox;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/** The lock file that keeps two processes from starting or stopping one Sandbox at once. */
final class FolderLock {
  private FolderLock() {}

  /**
   * An open channel holding the lock on {@code lockFile}; closing it releases the lock. Waits while
   * another process, or another Sandbox instance in this JVM, holds it.
   */
  static FileChannel acquire(Path lockFile, Duration timeout) throws IOException {
    Files.createDirectories(lockFile.toAbsolutePath().getParent());
    FileChannel channel =
        FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (true) {
        try {
          if (channel.tryLock() != null) {
            return channel;
          }
        } catch (OverlappingFileLockException heldInThisJvm) {
          // Another Sandbox instance of this JVM holds it: wait like for another process.
        }
        if (System.nanoTime() > deadline) {
          throw new SandboxException(
              "another Abacus process has been starting or stopping the Sandbox for too long");
        }
        Thread.sleep(50);
      }
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    } catch (InterruptedException e) {
      channel.close();
      Thread.currentThread().interrupt();
      throw new SandboxException("interrupted while waiting for the Sandbox lock", e);
    }
  }
}
