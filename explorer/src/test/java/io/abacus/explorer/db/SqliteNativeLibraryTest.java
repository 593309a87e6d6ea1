package io.abacus.explorer.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteNativeLibraryTest {
  @TempDir Path cache;

  private byte[] original;

  @BeforeEach
  void platformKnown() throws Exception {
    Optional<String> resource = SqliteNativeLibrary.resourcePath();
    assumeTrue(resource.isPresent(), "a platform whose library sqlite-jdbc finds itself");
    try (InputStream in =
        org.sqlite.SQLiteConfig.class.getClassLoader().getResourceAsStream(resource.get())) {
      original = in.readAllBytes();
    }
  }

  @Test
  void extractsOnceThenReusesTheVerifiedCopy() throws Exception {
    Path library = SqliteNativeLibrary.cachedCopy(cache).orElseThrow();
    assertThat(library).startsWith(cache);
    assertThat(Files.readAllBytes(library)).isEqualTo(original);
    FileTime written = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(library, written);

    assertThat(SqliteNativeLibrary.cachedCopy(cache)).contains(library);
    assertThat(Files.getLastModifiedTime(library)).isEqualTo(written);
    assertThat(filesUnder(cache)).containsExactly(library);
  }

  @Test
  void aDamagedCopyIsReplacedNotTrusted() throws Exception {
    Path library = SqliteNativeLibrary.cachedCopy(cache).orElseThrow();
    byte[] damaged = original.clone();
    damaged[damaged.length / 2] ^= 0x5a; // same size, one byte changed
    Files.write(library, damaged);

    assertThat(SqliteNativeLibrary.cachedCopy(cache)).contains(library);
    assertThat(Files.readAllBytes(library)).isEqualTo(original);

    Files.write(library, new byte[] {1, 2, 3}); // cut short
    assertThat(SqliteNativeLibrary.cachedCopy(cache)).contains(library);
    assertThat(Files.readAllBytes(library)).isEqualTo(original);
    assertThat(filesUnder(cache)).containsExactly(library);
  }

  @Test
  void processesStartingAtOnceEachGetAWholeCopy() throws Exception {
    int starts = 6;
    CyclicBarrier together = new CyclicBarrier(starts);
    ExecutorService pool = Executors.newFixedThreadPool(starts);
    try {
      List<Future<Optional<Path>>> results = new ArrayList<>();
      for (int i = 0; i < starts; i++) {
        results.add(
            pool.submit(
                () -> {
                  together.await();
                  Optional<Path> copy = SqliteNativeLibrary.cachedCopy(cache);
                  // Whoever finished first, what each one loads is the whole library.
                  assertThat(Files.readAllBytes(copy.orElseThrow())).isEqualTo(original);
                  return copy;
                }));
      }
      Path first = results.get(0).get().orElseThrow();
      for (Future<Optional<Path>> result : results) {
        assertThat(result.get()).contains(first);
      }
      assertThat(filesUnder(cache)).containsExactly(first); // no temporary copy left behind
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void pointsSqliteJdbcAtTheCopyUnlessAlreadyPointedElsewhere() throws Exception {
    // Load the library the usual way first: this JVM's later connections must not depend on
    // the temporary folder the properties below point at.
    try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
      assertThat(c.isValid(1)).isTrue();
    }
    String[] names = {
      SqliteNativeLibrary.PATH_PROPERTY,
      SqliteNativeLibrary.NAME_PROPERTY,
      SqliteNativeLibrary.TEMP_PROPERTY
    };
    String[] saved = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      saved[i] = System.clearProperty(names[i]);
    }
    try {
      assertThat(SqliteNativeLibrary.useCache(cache)).isTrue();
      Path library =
          Path.of(System.getProperty(SqliteNativeLibrary.PATH_PROPERTY))
              .resolve(System.getProperty(SqliteNativeLibrary.NAME_PROPERTY));
      assertThat(Files.readAllBytes(library)).isEqualTo(original);
      assertThat(System.getProperty(SqliteNativeLibrary.TEMP_PROPERTY))
          .isEqualTo(library.getParent().toString());

      System.setProperty(SqliteNativeLibrary.PATH_PROPERTY, "/somewhere/else");
      assertThat(SqliteNativeLibrary.useCache(cache.resolve("other"))).isFalse();
      assertThat(cache.resolve("other")).doesNotExist();
    } finally {
      for (int i = 0; i < names.length; i++) {
        if (saved[i] == null) {
          System.clearProperty(names[i]);
        } else {
          System.setProperty(names[i], saved[i]);
        }
      }
    }
  }

  private static List<Path> filesUnder(Path folder) throws Exception {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }
}
