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
}
