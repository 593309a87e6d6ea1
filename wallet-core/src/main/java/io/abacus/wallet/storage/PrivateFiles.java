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
 * Owner-only permissions for what Abacus keeps on disk: folders 0700 and files 0600 on POSIX file
 * systems (elsewhere, such as Windows, the per-user profile folder already restricts access and
 * these calls do nothing).
 */
public final class PrivateFiles {
  /** rwx------ */
  public static final Set<PosixFilePermission> FOLDER =
      PosixFilePermissions.fromString("rwx------");

  /** rw------- */
  public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private PrivateFiles() {}

  /** True where POSIX permissions apply. */
  public static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  /**
   * Creates {@code dir} and any missing parents, each new one owner-only. Folders that exist are
   * left as they are (they may be the user's own, like an export target).
   */
  public static Path createDirectories(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return dir;
    }
    if (!posix()) {
      return Files.createDirectories(dir);
    }
    FileAttribute<Set<PosixFilePermission>> attr = PosixFilePermissions.asFileAttribute(FOLDER);
    return Files.createDirectories(dir, attr);
  }

  /** Creates {@code dir} if needed and makes it owner-only (0700), also if it existed already. */
  public static Path ownFolder(Path dir) throws IOException {
    createDirectories(dir);
    if (posix()) {
      Files.setPosixFilePermissions(dir, FOLDER);
    }
    return dir;
  }

  /** Makes an existing file owner-only (0600). */
  public static void restrict(Path file) throws IOException {
    if (posix()) {
      Files.setPosixFilePermissions(file, FILE);
    }
  }

  /** Makes {@code file} owner-only (0600) if it exists. */
  public static void restrictIfExists(Path file) throws IOException {
    if (posix() && Files.exists(file)) {
      Files.setPosixFilePermissions(file, FILE);
    }
  }

  /** Makes {@code folder} owner-only (0700) if it exists. */
  public static void restrictFolderIfExists(Path folder) throws IOException {
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
      restrict(file);
    } else if (posix()) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
    } else {
      Files.createFile(file);
    }
  }
}
