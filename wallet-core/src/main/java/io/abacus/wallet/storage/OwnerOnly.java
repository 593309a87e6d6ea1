package io.abacus.wallet.storage;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Makes files that other programs write for Abacus (SQLite indexes, the log, anvil's state)
 * readable by the user only: 0600 for files, 0700 for folders, on POSIX systems. Elsewhere
 * (Windows) the user's profile folder already keeps others out, and these calls do nothing.
 */
public final class OwnerOnly {
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> FOLDER =
      PosixFilePermissions.fromString("rwx------");

  private OwnerOnly() {}

  /** Sets {@code file} to 0600 if it exists. */
  public static void file(Path file) throws IOException {
    if (posix() && Files.exists(file)) {
      Files.setPosixFilePermissions(file, FILE);
    }
  }

  /** Sets {@code folder} to 0700 if it exists. */
  public static void folder(Path folder) throws IOException {
    if (posix() && Files.isDirectory(folder)) {
      Files.setPosixFilePermissions(folder, FOLDER);
    }
  }

  /**
   * Creates {@code file} empty and 0600 unless it exists, else sets it to 0600: a program that then
   * opens it for writing (without replacing it) keeps these permissions.
   */
  public static void createFile(Path file) throws IOException {
    if (Files.exists(file)) {
      file(file);
      return;
    }
    if (posix()) {
      FileAttribute<Set<PosixFilePermission>> attr = PosixFilePermissions.asFileAttribute(FILE);
      Files.createFile(file, attr);
    } else {
      Files.createFile(file);
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }
}
