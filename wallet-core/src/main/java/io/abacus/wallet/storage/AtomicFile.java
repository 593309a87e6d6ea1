package io.abacus.wallet.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Crash-safe replacement of a file that holds keys or user data, keeping the previous version as
 * {@code NAME.bak}. The sequence is: write the new content to a temp file in the same folder and
 * fsync it; stage the backup (a hard link to, or a copy of, the current file); rename the temp file
 * over {@code NAME}; rename the staged backup over {@code NAME.bak}; fsync the folder. Every rename
 * is atomic, so at every instant {@code NAME} holds the old or the new content and {@code NAME.bak}
 * holds a complete earlier version. Files are created owner-only (0600 on POSIX), missing folders
 * 0700.
 *
 * <p>Callers that read, modify and write a file shared with other processes hold {@link LockedFile}
 * around the whole sequence.
 */
public final class AtomicFile {
  private static final SecureRandom NAMES = new SecureRandom();

  /** Test hook: called after each step of a write, with the step's name. */
  interface Steps {
    Steps NONE = step -> {};

    void reached(String step) throws IOException;
  }

  private AtomicFile() {}

  /** The previous version kept beside {@code file}. */
  public static Path backupOf(Path file) {
    return file.resolveSibling(file.getFileName() + ".bak");
  }

  /** Writes {@code content} to {@code file} atomically, keeping the previous version. */
  public static void write(Path file, byte[] content) throws IOException {
    write(file, content, null, Steps.NONE);
  }

  /**
   * Writes {@code content} to {@code file} and {@code backup} to its backup, for a change that must
   * not leave the previous version readable (a re-encryption under a new password). The backup is
   * replaced first, then the file; the replaced versions are then overwritten with zeros through
   * handles opened before the renames (best effort: journaling, copy-on-write file systems and SSDs
   * may keep older blocks).
   */
  public static void writeReplacingBackup(Path file, byte[] content, byte[] backup)
      throws IOException {
    write(file, content, backup, Steps.NONE);
  }

  static void write(Path file, byte[] content, byte[] backupContent, Steps steps)
      throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    PrivateFiles.createDirectories(dir);
    Path backup = backupOf(file);
    List<Path> temps = new ArrayList<>();
    List<FileChannel> shred = new ArrayList<>();
    try {
      Path temp = tempBeside(file, "");
      temps.add(temp);
      writeSynced(temp, content);
      steps.reached("temp-written");
      Path stagedBackup = null;
      if (backupContent != null) {
        stagedBackup = tempBeside(file, ".bak");
        temps.add(stagedBackup);
        writeSynced(stagedBackup, backupContent);
        openForShredding(file, shred);
        openForShredding(backup, shred);
      } else if (Files.exists(file)) {
        stagedBackup = stageBackup(file, temps);
      }
      steps.reached("backup-staged");
      if (backupContent != null) {
        move(stagedBackup, backup);
        steps.reached("backup-replaced");
        move(temp, file);
        steps.reached("main-replaced");
      } else {
        move(temp, file);
        steps.reached("main-replaced");
        if (stagedBackup != null) {
          move(stagedBackup, backup);
          steps.reached("backup-replaced");
        }
      }
      fsyncDirectory(dir);
      for (FileChannel ch : shred) {
        zero(ch);
      }
      steps.reached("done");
    } finally {
      for (FileChannel ch : shred) {
        ch.close();
      }
      for (Path t : temps) {
        Files.deleteIfExists(t);
      }
    }
  }

  /**
   * Reads {@code file}, or its backup when the file is missing. Callers that find the main content
   * corrupt should try {@link #readBackup(Path)}.
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

  /** A new empty owner-only temp file {@code .NAME<suffix>.<random>.tmp} beside {@code file}. */
  private static Path tempBeside(Path file, String suffix) throws IOException {
    Path temp =
        file.resolveSibling(
            "."
                + file.getFileName()
                + suffix
                + "."
                + HexFormat.of().toHexDigits(NAMES.nextLong())
                + ".tmp");
    Files.createFile(temp);
    PrivateFiles.restrict(temp);
    return temp;
  }

  /** A hard link to (or a synced copy of) the current file under a temp name. */
  private static Path stageBackup(Path file, List<Path> temps) throws IOException {
    Path staged = tempBeside(file, ".bak");
    temps.add(staged);
    Files.delete(staged);
    try {
      Files.createLink(staged, file);
      PrivateFiles.restrict(staged);
    } catch (UnsupportedOperationException | IOException noLinks) {
      Files.deleteIfExists(staged);
      Files.copy(file, staged);
      PrivateFiles.restrict(staged);
      try (FileChannel ch = FileChannel.open(staged, StandardOpenOption.WRITE)) {
        ch.force(true);
      }
    }
    return staged;
  }

  private static void writeSynced(Path temp, byte[] content) throws IOException {
    try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      ByteBuffer buf = ByteBuffer.wrap(content);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true);
    }
  }

  /** Keeps a handle on a version about to be replaced, unless other names still link to it. */
  private static void openForShredding(Path file, List<FileChannel> shred) throws IOException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    try {
      Object links = Files.getAttribute(file, "unix:nlink");
      if (links instanceof Integer n && n > 1) {
        return;
      }
    } catch (UnsupportedOperationException | IllegalArgumentException notUnix) {
      // No link count on this platform: the file has this one name.
    }
    shred.add(FileChannel.open(file, StandardOpenOption.WRITE));
  }

  private static void zero(FileChannel ch) throws IOException {
    long size = ch.size();
    ByteBuffer zeros = ByteBuffer.allocate(8192);
    ch.position(0);
    for (long done = 0; done < size; ) {
      zeros.clear().limit((int) Math.min(zeros.capacity(), size - done));
      done += ch.write(zeros);
    }
    ch.force(true);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
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
