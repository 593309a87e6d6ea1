package io.abacus.explorer.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplorerDatabaseTest {
  @Test
  void createsAMigratedWalDatabase(@TempDir Path dir) throws Exception {
    ExplorerDatabase db = ExplorerDatabase.open(dir.resolve("sub/index.db"));
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
      r.next();
      assertThat(r.getString(1)).isEqualToIgnoringCase("wal");
    }
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT max(version) FROM flyway_schema_history")) {
      r.next();
      assertThat(r.getString(1)).isEqualTo("5");
    }
    ExplorerDatabase.open(dir.resolve("sub/index.db"));
  }

  @Test
  void aFileThatIsNotAnIndexIsAClearError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("notes.db");
    Files.writeString(file, "these are my notes, not a database ".repeat(200));
    assertThatThrownBy(() -> ExplorerDatabase.open(file))
        .isInstanceOf(DatabaseException.class)
        .hasMessageContaining("is not a usable Abacus index");
    assertThat(Files.readString(file)).startsWith("these are my notes");
  }
}
