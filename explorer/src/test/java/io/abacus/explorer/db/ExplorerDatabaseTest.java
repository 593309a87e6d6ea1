package io.abacus.explorer.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
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
  void schemaVersionIsTheNewestMigrationScript() throws Exception {
    int newest =
        migrationScripts().stream()
            .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
            .max()
            .orElseThrow();
    assertThat(ExplorerDatabase.SCHEMA_VERSION).isEqualTo(newest);
  }

  @Test
  void aCurrentIndexOpensWithoutFlywayAnOlderOneIsMigrated(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("index.db");
    ExplorerDatabase.open(file);
    // Flyway would refuse this history (checksum mismatch); skipping it for a current file opens
    // it.
    sql(file, "UPDATE flyway_schema_history SET checksum = 12345 WHERE version = '1'");
    ExplorerDatabase.open(file);
    // An index from before V5 is still migrated.
    sql(file, "UPDATE flyway_schema_history SET checksum = NULL WHERE version = '1'");
    sql(file, "DELETE FROM flyway_schema_history WHERE version = '5'");
    sql(file, "DROP TABLE internal_transfers");
    sql(file, "DROP TABLE index_options");
    try (Connection c = ExplorerDatabase.open(file).connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM internal_transfers")) {
      assertThat(r.next()).isTrue();
    }
  }

  @Test
  void theScriptsRunWithoutFlywayAreTheFolder() throws Exception {
    assertThat(SqliteSchema.SCRIPTS)
        .containsExactlyElementsOf(
            migrationScripts().stream()
                .sorted(
                    java.util.Comparator.comparingInt(
                        n -> Integer.parseInt(n.substring(1, n.indexOf("__")))))
                .toList());
    assertThat(SqliteSchema.SCRIPTS).hasSize(ExplorerDatabase.SCHEMA_VERSION);
  }

  /**
   * The SQLite migration scripts' names as the explorer ships them: from its classes folder, or
   * from inside its jar when the build has packaged it (explorer/tests runs after the package).
   */
  private static List<String> migrationScripts() throws Exception {
    URI folder = ExplorerDatabase.class.getResource("/db/migration/sqlite").toURI();
    if (!"jar".equals(folder.getScheme())) {
      return names(Path.of(folder));
    }
    try (FileSystem jar = FileSystems.newFileSystem(folder, Map.of())) {
      return names(jar.provider().getPath(folder));
    }
  }

  private static List<String> names(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.matches("V\\d+__.*\\.sql"))
          .toList();
    }
  }

  @Test
  void aNewFileGetsTheSchemaAndHistoryFlywayWouldWrite(@TempDir Path dir) throws Exception {
    Path fast = dir.resolve("fast.db");
    ExplorerDatabase.open(fast);
    Path slow = dir.resolve("flyway.db");
    Flyway.configure()
        .dataSource("jdbc:sqlite:" + slow, "", "")
        .locations("classpath:db/migration/sqlite")
        .load()
        .migrate();
    String schema = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name";
    assertThat(rows(fast, schema)).isEqualTo(rows(slow, schema)).hasSizeGreaterThan(20);
    String history =
        "SELECT installed_rank, version, description, type, script, checksum, installed_by,"
            + " success FROM flyway_schema_history ORDER BY installed_rank";
    assertThat(rows(fast, history)).isEqualTo(rows(slow, history)).hasSize(5);
    // Flyway itself agrees the new file is current and valid.
    Flyway flyway =
        Flyway.configure()
            .dataSource("jdbc:sqlite:" + fast, "", "")
            .locations("classpath:db/migration/sqlite")
            .load();
    flyway.validate();
    assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo("5");
    assertThat(flyway.info().pending()).isEmpty();
    assertThat(flyway.migrate().migrationsExecuted).isZero();
  }

  private static List<List<Object>> rows(Path file, String query) throws Exception {
    List<List<Object>> rows = new ArrayList<>();
    try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(query)) {
      while (r.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
          row.add(r.getObject(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static void sql(Path file, String statement) throws Exception {
    try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.executeUpdate(statement);
    }
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
