package io.abacus.explorer.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.explorer.Fixtures;
import io.abacus.testkit.EmbeddedPg;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The size an index takes, on both stores: it counts the index's own data and grows with it. */
class IndexSizeTest {
  private static final int ROWS = 5_000;

  @Test
  void aSqliteIndexIsItsFileWithItsLog(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("chain.db");
    ExplorerDatabase db = ExplorerDatabase.open(file);
    long empty = db.sizeBytes();
    assertThat(empty).isEqualTo(onDisk(file)).isPositive();

    try (Connection c = db.connect()) {
      addLabels(c);
      assertThat(db.sizeBytes()).isEqualTo(onDisk(file)).isGreaterThan(empty + ROWS * 60L);
    }
    db.checkpointWal();
    assertThat(db.sizeBytes()).isEqualTo(onDisk(file));
  }

  @Test
  void aPostgresIndexIsItsSchemasTablesAndNothingElse() throws Exception {
    try (EmbeddedPg pg = EmbeddedPg.shared()) {
      ExplorerDatabase db = Fixtures.openPg(pg, "sized");
      long empty = db.sizeBytes();
      assertThat(empty).isPositive();
      try (Connection c = db.connect()) {
        addLabels(c);
        long filled = db.sizeBytes();
        assertThat(filled).isGreaterThan(empty + ROWS * 60L);

        // Something else in the same database (another schema) is not the index.
        try (Statement s = c.createStatement()) {
          s.execute("CREATE SCHEMA other");
          s.execute(
              "CREATE TABLE other.big AS SELECT g, repeat('x', 200) AS pad"
                  + " FROM generate_series(1, 20000) g");
        }
        assertThat(db.sizeBytes()).isEqualTo(filled);
      }
    }
  }

  private static void addLabels(Connection c) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try (PreparedStatement p =
        c.prepareStatement("INSERT INTO labels (address, label, note) VALUES (?, ?, ?)")) {
      for (int i = 0; i < ROWS; i++) {
        byte[] address = new byte[20];
        address[0] = (byte) (i >> 8);
        address[1] = (byte) i;
        address[2] = (byte) (i >> 16);
        p.setBytes(1, address);
        p.setString(2, "Supplier number " + i + " of the sizing test");
        p.setString(3, "a note long enough to take some room on disk, row " + i);
        p.addBatch();
      }
      p.executeBatch();
    }
    c.commit();
    c.setAutoCommit(auto);
  }

  private static long onDisk(Path file) throws Exception {
    long total = 0;
    for (String suffix : new String[] {"", "-wal", "-shm"}) {
      Path p = file.resolveSibling(file.getFileName() + suffix);
      if (Files.exists(p)) {
        total += Files.size(p);
      }
    }
    return total;
  }
}
