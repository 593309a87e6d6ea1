package io.abacus.wallet.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Crash-safe replacement of a file that holds keys or user data: the new content goes to a temp
 * file in the same folder, is fsynced, the current file is kept as {@code NAME.bak}, and the temp
 * file is renamed over {@code NAME} atomically; then the folder is fsynced. A kill at any moment
 * leaves either the old or the new content readable (see {@link #read(Path)}).
 */
public final class AtomicFile {
  private AtomicFile() {}

  /** The previous version kept beside {@code file}. */
  public static Path backupOf(Path file) {
    return file.resolveSibling(file.getFileName() + ".bak");
  }

  /** Writes {@code content} to {@code file} atomically, keeping the previous version. */
  public static void write(Path file, byte[] content) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buf = ByteBuffer.wrap(content);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      if (Files.exists(file)) {
        // A hard link keeps the old version under .bak without a window where NAME is missing.
        Path backup = backupOf(file);
        Files.deleteIfExists(backup);
        try {
          Files.createLink(backup, file);
        } catch (UnsupportedOperationException | IOException noLinks) {
          Files.copy(file, backup, StandardCopyOption.REPLACE_EXISTING);
          fsync(backup);
        }
      }
      move(temp, file);
      fsyncDirectory(dir);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Reads {@code file}, or its backup when the file is missing (a crash before the first rename).
   * Callers that find the main content corrupt should try {@link #readBackup(Path)}.
   */
  public static Optional<byte[]> read(Path file) throws IOException {
    if (Files.exists(file)) {
      return Optional.of(Files.readAllBytes(file));
    }
    return readBackup(file);
  }

  /** Reads the previous version, if there is one. */
  public static Optional<byte[]> readBackup(Path file) throws IOException {
    Path backup = backupOf(file);
    return Files.exists(backup) ? Optional.of(Files.readAllBytes(backup)) : Optional.empty();
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void fsync(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
  }

  private static void fsyncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException notSupported) {
      // Some platforms (Windows) cannot open a directory; the rename is still atomic there.
    }
  }
}
