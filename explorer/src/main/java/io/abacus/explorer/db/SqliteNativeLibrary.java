package io.abacus.explorer.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.CRC32;

/**
 * sqlite-jdbc's native library, extracted once into a cache folder instead of on every start.
 *
 * <p>Left alone, sqlite-jdbc works out the platform on every start (running {@code uname -o} and
 * reading every mapping in {@code /proc/self/map_files}), lists the temp folder, copies its 1 MB
 * library there under a new name and compares the copy byte by byte with the jar's (issue 20: about
 * 0.15 CPU seconds of a 1-second {@code abacus index} start). Here the copy is made once, into a
 * folder named after the library's size and CRC-32 in the jar, and each start checks the copy's
 * size and CRC-32 against the jar's directory (nothing to inflate) before pointing sqlite-jdbc at
 * it ({@code org.sqlite.lib.path}, {@code org.sqlite.lib.name}). A damaged copy is replaced, never
 * loaded; two processes extracting at once each write their own temporary file and rename it into
 * place atomically. On a platform this class does not recognise, or when anything fails,
 * sqlite-jdbc finds its library itself as before.
 */
public final class SqliteNativeLibrary {
  static final String PATH_PROPERTY = "org.sqlite.lib.path";
  static final String NAME_PROPERTY = "org.sqlite.lib.name";
  static final String TEMP_PROPERTY = "org.sqlite.tmpdir";

  private SqliteNativeLibrary() {}

  /**
   * Points sqlite-jdbc at a verified copy of its native library under {@code cacheFolder},
   * extracting it first when missing or damaged, and loads it. Call before the first SQLite
   * connection of the process; does nothing when {@code org.sqlite.lib.path} is already set.
   *
   * @return whether sqlite-jdbc's library is loaded (from the cached copy, unless an earlier
   *     connection of the process loaded it already)
   */
  public static boolean useCache(Path cacheFolder) {
    if (System.getProperty(PATH_PROPERTY) != null) {
      return false;
    }
    Optional<Path> library = cachedCopy(cacheFolder);
    if (library.isEmpty()) {
      return false;
    }
    Path folder = library.get().getParent();
    System.setProperty(NAME_PROPERTY, library.get().getFileName().toString());
    if (System.getProperty(TEMP_PROPERTY) == null) {
      // sqlite-jdbc lists this folder for stale copies of its own on every start: the cache
      // folder holds one file, the temp folder may hold thousands.
      System.setProperty(TEMP_PROPERTY, folder.toString());
    }
    System.setProperty(PATH_PROPERTY, folder.toString());
    // Load it now, while the folder surely exists: a later first connection must not depend on it.
    try {
      return org.sqlite.SQLiteJDBCLoader.initialize();
    } catch (Exception e) {
      System.clearProperty(PATH_PROPERTY);
      System.clearProperty(NAME_PROPERTY);
      if (folder.toString().equals(System.getProperty(TEMP_PROPERTY))) {
        System.clearProperty(TEMP_PROPERTY);
      }
      return false;
    }
  }

  /**
   * The verified copy of this platform's library under {@code cacheFolder}, extracted if needed;
   * empty on a platform this class does not know or when the copy cannot be made.
   */
  static Optional<Path> cachedCopy(Path cacheFolder) {
    Optional<String> resource = resourcePath();
    if (resource.isEmpty()) {
      return Optional.empty();
    }
    ClassLoader loader = org.sqlite.SQLiteConfig.class.getClassLoader();
    URL url = loader == null ? null : loader.getResource(resource.get());
    if (url == null) {
      return Optional.empty();
    }
    try {
      URLConnection connection = url.openConnection();
      if (!(connection instanceof JarURLConnection jar)) {
        return Optional.empty();
      }
      jar.setUseCaches(false);
      long size;
      long crc;
      try (JarFile file = jar.getJarFile()) {
        JarEntry entry = file.getJarEntry(jar.getEntryName());
        if (entry == null || entry.getSize() < 0 || entry.getCrc() < 0) {
          return Optional.empty();
        }
        size = entry.getSize();
        crc = entry.getCrc();
        String name = resource.get().substring(resource.get().lastIndexOf('/') + 1);
        Path folder =
            cacheFolder.resolve(String.format(Locale.ROOT, "sqlite-native-%d-%08x", size, crc));
        Path target = folder.resolve(name);
        if (!matches(target, size, crc)) {
          extract(file, entry, folder, target);
        }
        return Optional.of(target);
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code file} exists with exactly {@code size} bytes whose CRC-32 is {@code crc}. */
  static boolean matches(Path file, long size, long crc) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      if (channel.size() != size) {
        return false;
      }
      CRC32 sum = new CRC32();
      ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
      while (channel.read(buffer) > 0) {
        buffer.flip();
        sum.update(buffer);
        buffer.clear();
      }
      return sum.getValue() == crc;
    } catch (IOException e) {
      return false;
    }
  }

  private static void extract(JarFile jar, JarEntry entry, Path folder, Path target)
      throws IOException {
    Files.createDirectories(folder);
    Path temp = Files.createTempFile(folder, target.getFileName().toString(), ".part");
    try {
      try (InputStream in = jar.getInputStream(entry);
          OutputStream out = Files.newOutputStream(temp)) {
        in.transferTo(out);
      }
      if (!matches(temp, entry.getSize(), entry.getCrc())) {
        throw new IOException("the extracted copy of " + entry.getName() + " does not match");
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        // Another process may hold the target open (Windows); its copy is good if it matches.
        if (!matches(target, entry.getSize(), entry.getCrc())) {
          throw e;
        }
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Where sqlite-jdbc keeps this platform's library in its jar, for the platforms whose folder
   * follows from {@code os.name} and {@code os.arch} alone (glibc Linux, macOS, Windows on x86-64
   * or ARM64); empty otherwise (musl, Android, other architectures), leaving the choice to
   * sqlite-jdbc.
   */
  static Optional<String> resourcePath() {
    String os = System.getProperty("os.name", "");
    String arch =
        switch (System.getProperty("os.arch", "")) {
          case "amd64", "x86_64" -> "x86_64";
          case "aarch64", "arm64" -> "aarch64";
          default -> null;
        };
    if (arch == null
        || System.getProperty("java.runtime.name", "")
            .toLowerCase(Locale.ROOT)
            .contains("android")) {
      return Optional.empty();
    }
    String folder;
    if (os.startsWith("Linux")) {
      if (Files.exists(Path.of("/lib/ld-musl-" + arch + ".so.1"))) {
        return Optional.empty();
      }
      folder = "Linux";
    } else if (os.startsWith("Mac") || os.startsWith("Darwin")) {
      folder = "Mac";
    } else if (os.startsWith("Windows")) {
      folder = "Windows";
    } else {
      return Optional.empty();
    }
    return Optional.of(
        "org/sqlite/native/" + folder + "/" + arch + "/" + System.mapLibraryName("sqlitejdbc"));
  }
}
