package io.abacus.explorer.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Where an index lives: a SQLite file, or a PostgreSQL database given as {@code
 * postgresql://host:port/dbname?user=NAME}. The one parser of {@code --db}. The password is never
 * part of the URL: it comes from a password file or {@code PGPASSWORD}, and {@link #toString()}
 * (used in every message) never shows it.
 */
public final class DbLocation {
  /**
   * Connection options passed through to the driver (TLS, a read-only session with {@code
   * readOnly=true&readOnlyMode=always}, and the like); anything else is refused.
   */
  private static final Set<String> OPTIONS =
      Set.of(
          "ssl",
          "sslmode",
          "sslrootcert",
          "sslcert",
          "sslkey",
          "sslfactory",
          "connectTimeout",
          "socketTimeout",
          "currentSchema",
          "ApplicationName",
          "readOnly",
          "readOnlyMode");

  /** The values {@code sslmode} takes (libpq's and the JDBC driver's). */
  public static final java.util.List<String> SSL_MODES =
      java.util.List.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

  private static final int DEFAULT_PORT = 5432;

  private final Path file;
  private final String host;
  private final int port;
  private final String database;
  private final String user;
  private final Map<String, String> options;
  private final String password;

  private DbLocation(
      Path file,
      String host,
      int port,
      String database,
      String user,
      Map<String, String> options,
      String password) {
    this.file = file;
    this.host = host;
    this.port = port;
    this.database = database;
    this.user = user;
    this.options = options;
    this.password = password;
  }

  /** A SQLite index file. */
  public static DbLocation file(Path file) {
    return new DbLocation(file, null, 0, null, null, Map.of(), null);
  }

  /**
   * Parses {@code --db}: a {@code postgresql://} (or {@code postgres://}) URL, else a file path.
   *
   * @param passwordFile a file whose first line is the PostgreSQL password, or null to use {@code
   *     PGPASSWORD} from {@code env} (or no password)
   * @throws IllegalArgumentException for a malformed URL or a password in it (the message never
   *     repeats the password)
   */
  public static DbLocation parse(String text, Path passwordFile, Map<String, String> env) {
    String lower = text.strip().toLowerCase(Locale.ROOT);
    if (!lower.startsWith("postgresql://") && !lower.startsWith("postgres://")) {
      if (passwordFile != null) {
        throw new IllegalArgumentException("--db-password-file is for a postgresql:// index only");
      }
      return file(Path.of(text));
    }
    String rest = text.strip().substring(lower.indexOf("://") + 3);
    int slash = rest.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException(
          "--db needs a database name: postgresql://host:port/DBNAME?user=NAME");
    }
    String authority = rest.substring(0, slash);
    if (authority.contains("@")) {
      throw new IllegalArgumentException(
          "--db must not hold a user or password before the host: use ?user=NAME and"
              + " --db-password-file or PGPASSWORD");
    }
    String path = rest.substring(slash + 1);
    String query = "";
    int q = path.indexOf('?');
    if (q >= 0) {
      query = path.substring(q + 1);
      path = path.substring(0, q);
    }
    if (path.isEmpty() || path.contains("/")) {
      throw new IllegalArgumentException(
          "--db needs one database name: postgresql://host:port/DBNAME?user=NAME");
    }
    Map<String, String> options = options(query);
    String user = options.remove("user");
    if (user == null) {
      user = env.getOrDefault("PGUSER", System.getProperty("user.name"));
    }
    String host = authority;
    int port = DEFAULT_PORT;
    int colon = authority.lastIndexOf(':');
    if (colon >= 0 && !authority.endsWith("]")) {
      host = authority.substring(0, colon);
      port = port(authority.substring(colon + 1));
    }
    if (host.isEmpty()) {
      host = "localhost";
    }
    String password = password(passwordFile, env);
    return new DbLocation(
        null, host, port, path, user, java.util.Collections.unmodifiableMap(options), password);
  }

  private static Map<String, String> options(String query) {
    Map<String, String> options = new LinkedHashMap<>();
    if (query.isEmpty()) {
      return options;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      if (key.equalsIgnoreCase("password") || key.equalsIgnoreCase("sslpassword")) {
        throw new IllegalArgumentException(
            "--db must not hold a password: use --db-password-file or PGPASSWORD");
      }
      if (!key.equals("user") && !OPTIONS.contains(key)) {
        throw new IllegalArgumentException(
            "unknown option '"
                + key
                + "' in --db (known: user, "
                + String.join(", ", OPTIONS)
                + ")");
      }
      String decoded = java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
      if (key.equals("sslmode") && !SSL_MODES.contains(decoded)) {
        throw new IllegalArgumentException(
            "sslmode '" + decoded + "' in --db is not one of " + String.join(", ", SSL_MODES));
      }
      options.put(key, decoded);
    }
    return options;
  }

  private static int port(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port < 1 || port > 65_535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' in --db is not a port number");
    }
  }

  private static String password(Path passwordFile, Map<String, String> env) {
    if (passwordFile == null) {
      return env.get("PGPASSWORD");
    }
    try {
      String firstLine = Files.readString(passwordFile).lines().findFirst().orElse("");
      return firstLine.strip();
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read the password file " + passwordFile + ": " + e.getMessage());
    }
  }

  /** True for a SQLite file, false for PostgreSQL. */
  public boolean isFile() {
    return file != null;
  }

  /**
   * The SQLite file.
   *
   * @throws IllegalStateException for a PostgreSQL index
   */
  public Path file() {
    if (file == null) {
      throw new IllegalStateException(this + " is not a file");
    }
    return file;
  }

  /** The PostgreSQL JDBC URL, without user or password. */
  String jdbcUrl() {
    String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return "jdbc:postgresql://" + h + ":" + port + "/" + database;
  }

  /** The driver properties: user, password if any, and the pass-through options. */
  Properties properties() {
    Properties p = new Properties();
    p.putAll(options);
    p.setProperty("user", user);
    Optional.ofNullable(password).ifPresent(pw -> p.setProperty("password", pw));
    return p;
  }

  /**
   * The file path, or the URL with its user and options (TLS ones included) and never a password. A
   * URL parses back to the same location.
   */
  @Override
  public String toString() {
    if (file != null) {
      return file.toString();
    }
    StringBuilder s =
        new StringBuilder("postgresql://")
            .append(host)
            .append(':')
            .append(port)
            .append('/')
            .append(database)
            .append("?user=")
            .append(encoded(user));
    options.forEach((k, v) -> s.append('&').append(k).append('=').append(encoded(v)));
    return s.toString();
  }

  /** {@code value} percent-encoded where a query needs it; paths stay readable. */
  private static String encoded(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-._~/:,@".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }
}
