package io.abacus.explorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.explorer.Fixtures;
import io.abacus.explorer.db.DatabaseException;
import io.abacus.explorer.db.ExplorerDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriterLockTest {
  @TempDir Path dir;

  @Test
  void aSecondIndexerOnOneFileGetsOneClearSentenceAtOnce() {
    ExplorerDatabase db = ExplorerDatabase.open(dir.resolve("chain.db"));
    try (Indexer first = indexer(db)) {
      long t0 = System.nanoTime();
      assertThatThrownBy(() -> indexer(db))
          .isInstanceOf(DatabaseException.class)
          .hasMessage(
              "another indexer is already writing to "
                  + db.file()
                  + "; let it finish or stop it (one indexer per index file)")
          .hasMessageNotContaining("SQLITE");
      assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(2_000);
    }
    try (Indexer again = indexer(db)) {
      assertThat(again).isNotNull(); // closing the first released the lock
    }
  }

  @Test
  void theIndexAndItsLockAreForTheUserOnly() throws Exception {
    Path file = dir.resolve("chain.db");
    ExplorerDatabase db = ExplorerDatabase.open(file);
    try (Indexer i = indexer(db)) {
      assertThat(i).isNotNull();
    }
    if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
      for (Path p : new Path[] {file, dir.resolve("chain.db.lock")}) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
            .as(p.toString())
            .isEqualTo("rw-------");
      }
      try (var files = Files.list(dir)) {
        files
            .filter(p -> p.getFileName().toString().startsWith("chain.db-"))
            .forEach(
                p -> {
                  try {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
                        .as(p.toString())
                        .isEqualTo("rw-------");
                  } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                  }
                });
      }
    }
  }

  private static Indexer indexer(ExplorerDatabase db) {
    return new Indexer(
        Fixtures.reader("http://127.0.0.1:1", 10),
        db,
        IndexerConfig.defaults(),
        ProgressListener.none());
  }
}
