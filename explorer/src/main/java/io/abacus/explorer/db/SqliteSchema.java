package io.abacus.explorer.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.sql.DataSource;

/**
 * Creates the schema of a brand-new SQLite index without Flyway: runs the bundled scripts {@code
 * db/migration/sqlite/V1..V}{@link ExplorerDatabase#SCHEMA_VERSION} in one transaction and writes
 * the {@code flyway_schema_history} rows Flyway would have written (same table, descriptions and
 * checksums), so Flyway later sees a current schema and migrates it on from there. Loading and
 * running Flyway for a fresh file costs a command-line start about 400 classes.
 */
final class SqliteSchema {
  /** The scripts in order; ExplorerDatabaseTest checks this against the folder. */
  static final List<String> SCRIPTS =
      List.of(
          "V1__initial.sql",
          "V2__address_counts.sql",
          "V3__tx_labels.sql",
          "V4__token_metadata.sql",
          "V5__internal_transfers.sql");

  private static final String FOLDER = "/db/migration/sqlite/";

  // Flyway 13's history table for SQLite, as it creates it.
  private static final String HISTORY_TABLE =
      "CREATE TABLE \"flyway_schema_history\" (\n"
          + "    \"installed_rank\" INT NOT NULL PRIMARY KEY,\n"
          + "    \"version\" VARCHAR(50),\n"
          + "    \"description\" VARCHAR(200) NOT NULL,\n"
          + "    \"type\" VARCHAR(20) NOT NULL,\n"
          + "    \"script\" VARCHAR(1000) NOT NULL,\n"
          + "    \"checksum\" INT,\n"
          + "    \"installed_by\" VARCHAR(100) NOT NULL,\n"
          + "    \"installed_on\" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f','now')),\n"
          + "    \"execution_time\" INT NOT NULL,\n"
          + "    \"success\" BOOLEAN NOT NULL\n"
          + ")";
  private static final String HISTORY_INDEX =
      "CREATE INDEX \"flyway_schema_history_s_idx\" ON \"flyway_schema_history\" (\"success\")";

  private SqliteSchema() {}

  /**
   * Creates the schema if the database holds no table at all; returns false (touching nothing) when
   * it holds any, for Flyway to judge.
   */
  static boolean createIfEmpty(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      // IMMEDIATE: a second process opening the same new file waits here, then finds the tables.
      s.executeUpdate("BEGIN IMMEDIATE");
      boolean done = false;
      try {
        if (hasTables(s)) {
          return false;
        }
        s.executeUpdate(HISTORY_TABLE);
        s.executeUpdate(HISTORY_INDEX);
        try (PreparedStatement history =
            c.prepareStatement(
                "INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                    + " script, checksum, installed_by, execution_time, success)"
                    + " VALUES (?, ?, ?, 'SQL', ?, ?, '', 0, 1)")) {
          for (int i = 0; i < SCRIPTS.size(); i++) {
            String script = SCRIPTS.get(i);
            List<String> lines = lines(script);
            for (String statement : statements(lines)) {
              s.executeUpdate(statement);
            }
            history.setInt(1, i + 1);
            history.setString(2, Integer.toString(i + 1));
            history.setString(3, description(script));
            history.setString(4, script);
            history.setInt(5, checksum(lines));
            history.executeUpdate();
          }
        }
        s.executeUpdate("COMMIT");
        done = true;
        return true;
      } finally {
        if (!done) {
          s.executeUpdate("ROLLBACK");
        }
      }
    }
  }

  private static boolean hasTables(Statement s) throws SQLException {
    try (ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
      return r.next() && r.getInt(1) > 0;
    }
  }

  /** "V2__address_counts.sql" is "address counts", as Flyway describes it. */
  static String description(String script) {
    String name = script.substring(script.indexOf("__") + 2, script.length() - ".sql".length());
    return name.replace('_', ' ');
  }

  /** Flyway's checksum: CRC-32 of the script's lines, UTF-8, without their line breaks. */
  static int checksum(List<String> lines) {
    CRC32 crc = new CRC32();
    for (String line : lines) {
      crc.update(line.getBytes(StandardCharsets.UTF_8));
    }
    return (int) crc.getValue();
  }

  /**
   * The statements of a script as Flyway sends them: each from its first line of code to the
   * semicolon that ends a line, its lines (and comments inside it) kept as written, so SQLite
   * stores the same schema text. The scripts hold no triggers and no semicolon inside a string.
   */
  static List<String> statements(List<String> lines) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      int comment = line.indexOf("--");
      String code = (comment < 0 ? line : line.substring(0, comment)).stripTrailing();
      if (current.length() == 0 && code.isBlank()) {
        continue;
      }
      if (code.endsWith(";")) {
        current.append(code, 0, code.length() - 1);
        statements.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(line).append('\n');
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }

  private static List<String> lines(String script) {
    InputStream in = SqliteSchema.class.getResourceAsStream(FOLDER + script);
    if (in == null) {
      throw new IllegalStateException("missing migration script " + script);
    }
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 4096)) {
      List<String> lines = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lines.add(lines.isEmpty() && line.startsWith("\uFEFF") ? line.substring(1) : line);
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
