package io.abacus.app.cli.explorer;

import io.abacus.app.cli.UserException;
import io.abacus.explorer.db.DatabaseException;
import io.abacus.explorer.db.DbLocation;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.reorg.ReorgHandler;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.address.InvalidAddressException;
import io.abacus.wallet.rpc.RpcException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** What the explorer commands share: opening indexes, parsing arguments, mapping errors. */
public final class ExplorerSupport {
  private ExplorerSupport() {}

  /** Opens an existing index; a missing file is a user error, not a new empty index. */
  public static ExplorerDatabase openExisting(Path db) {
    return openExisting(DbLocation.file(db));
  }

  /**
   * Opens an existing index file or a PostgreSQL index (whose schema is created if the database is
   * empty); a missing file is a user error, not a new empty index.
   */
  public static ExplorerDatabase openExisting(DbLocation db) {
    if (db.isFile() && !Files.isRegularFile(db.file())) {
      throw new UserException(
          "no index at " + db + " (create it with 'abacus index --db " + db + " --rpc URL')");
    }
    return ExplorerDatabase.open(db);
  }

  /** Parses {@code --db} (one place: {@link DbLocation}); a bad URL is a one-line user error. */
  static DbLocation location(String db, Path passwordFile, Map<String, String> env) {
    try {
      return DbLocation.parse(db, passwordFile, env);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage(), e);
    }
  }

  static Address address(String text) {
    try {
      return Address.parse(text);
    } catch (InvalidAddressException e) {
      throw new UserException(e.getMessage());
    }
  }

  /** Runs {@code body}, turning the explorer's expected failures into one-line user errors. */
  static <T> T run(Callable<T> body) throws Exception {
    try {
      return body.call();
    } catch (RpcException
        | DatabaseException
        | ReorgHandler.ReorgTooDeepException
        | IllegalArgumentException e) {
      throw new UserException(e.getMessage(), e);
    }
  }
}
