package io.abacus.app.explorer;

import io.abacus.explorer.db.DbLocation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A shared PostgreSQL index as the app keeps it: where the server is and who connects, never the
 * password (that stays in the {@link io.abacus.app.secrets.SecretStore}). A read-only index opens
 * read-only sessions and the app never writes to it.
 */
public record SharedIndex(String host, int port, String database, String user, boolean readOnly) {
  /** The usual PostgreSQL port. */
  public static final int DEFAULT_PORT = 5432;

  public SharedIndex {
    host = host == null ? "" : host.strip();
    database = database == null ? "" : database.strip();
    user = user == null ? "" : user.strip();
    if (host.isEmpty() || database.isEmpty() || user.isEmpty()) {
      throw new IllegalArgumentException("a shared index needs a host, a database and a user");
    }
    if (!host.matches("[A-Za-z0-9._:\\[\\]-]+") || !database.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("not a usable host or database name");
    }
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("not a port number: " + port);
    }
  }

  /**
   * {@code postgresql://host:port/database?user=NAME}, with the read-only options when asked; no
   * password.
   */
  public String url() {
    String url =
        "postgresql://"
            + host
            + ":"
            + port
            + "/"
            + database
            + "?user="
            + URLEncoder.encode(user, StandardCharsets.UTF_8);
    return readOnly ? url + "&readOnly=true&readOnlyMode=always" : url;
  }

  /** Where to connect, with {@code password} (null or empty: none). */
  public DbLocation location(String password) {
    Map<String, String> env = new HashMap<>();
    if (password != null && !password.isEmpty()) {
      env.put("PGPASSWORD", password);
    }
    env.put("PGUSER", user);
    return DbLocation.parse(url(), null, env);
  }
}
