package io.abacus.app.cli.explorer;

import io.abacus.explorer.db.DbLocation;
import io.abacus.explorer.db.ExplorerDatabase;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The index that {@code index}, {@code query}, {@code export} and {@code labels} use: a picocli
 * mixin for {@code --db FILE|postgresql://...} and {@code --db-password-file}.
 */
public final class IndexFileOption {
  static final String DB_HELP =
      "The index: a SQLite file, or postgresql://host:port/dbname?user=NAME (TLS options such as"
          + " sslmode=verify-full may follow; the password comes from --db-password-file or"
          + " $PGPASSWORD).";

  @Option(names = "--db", required = true, paramLabel = "FILE|URL", description = DB_HELP)
  String db;

  @Option(
      names = "--db-password-file",
      paramLabel = "F",
      description = "With a postgresql:// --db: a file whose first line is the password.")
  Path passwordFile;

  /** Where {@code --db} points; a malformed URL is a one-line user error. */
  DbLocation location(Map<String, String> env) {
    return ExplorerSupport.location(db, passwordFile, env);
  }

  /** Opens the index; a missing file is a user error, not a new empty index. */
  ExplorerDatabase open(Map<String, String> env) {
    return ExplorerSupport.openExisting(location(env));
  }
}
