package io.abacus.app.explorer;

import io.abacus.explorer.db.DbLocation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A shared PostgreSQL index as the app keeps it: where the server is, who connects and how the
 * connection is secured (TLS), never the password (that stays in the {@link
 * io.abacus.app.secrets.SecretStore}). A read-only index opens read-only sessions and the app never
 * writes to it.
 *
 * @param sslMode the driver's {@code sslmode} (one of {@link #SSL_MODES}; {@value
 *     #DEFAULT_SSL_MODE} by default, as the driver's own)
 * @param sslRootCert the root certificate file the server's certificate is checked against ({@code
 *     sslrootcert}); empty: the driver's default
 */
public record SharedIndex(
    String host,
    int port,
    String database,
    String user,
    boolean readOnly,
    String sslMode,
    String sslRootCert) {
  /** The usual PostgreSQL port. */
  public static final int DEFAULT_PORT = 5432;

  /** The TLS modes offered in the form, weakest first. */
  public static final List<String> SSL_MODES =
      List.of("disable", "prefer", "require", "verify-ca", "verify-full");

  /** The driver's default: TLS when the server offers it, no certificate check. */
  public static final String DEFAULT_SSL_MODE = "prefer";

  /** A shared index with the driver's default TLS settings. */
  public SharedIndex(String host, int port, String database, String user, boolean readOnly) {
    this(host, port, database, user, readOnly, DEFAULT_SSL_MODE, "");
  }

  public SharedIndex {
    sslMode = sslMode == null || sslMode.isBlank() ? DEFAULT_SSL_MODE : sslMode.strip();
    sslRootCert = sslRootCert == null ? "" : sslRootCert.strip();
    if (!SSL_MODES.contains(sslMode)) {
      throw new IllegalArgumentException(
          "not a TLS mode: " + sslMode + " (one of " + String.join(", ", SSL_MODES) + ")");
    }
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
   * {@code postgresql://host:port/database?user=NAME}, with the read-only and TLS options when
   * asked; no password.
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
    if (readOnly) {
      url += "&readOnly=true&readOnlyMode=always";
    }
    if (!sslMode.equals(DEFAULT_SSL_MODE)) {
      url += "&sslmode=" + sslMode;
    }
    if (!sslRootCert.isEmpty()) {
      url += "&sslrootcert=" + URLEncoder.encode(sslRootCert, StandardCharsets.UTF_8);
    }
    return url;
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
