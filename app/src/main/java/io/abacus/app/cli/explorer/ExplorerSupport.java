package io.abacus.app.cli.explorer;

import io.abacus.app.cli.UserException;
import io.abacus.explorer.db.DatabaseException;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.reorg.ReorgHandler;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.address.InvalidAddressException;
import io.abacus.wallet.rpc.RpcException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** What the explorer commands share: opening indexes, parsing arguments, mapping errors. */
public final class ExplorerSupport {
  private ExplorerSupport() {}

  /** Opens an existing index; a missing file is a user error, not a new empty index. */
  public static ExplorerDatabase openExisting(Path db) {
    if (!Files.isRegularFile(db)) {
      throw new UserException(
          "no index at " + db + " (create it with 'abacus index --db " + db + " --rpc URL')");
    }
    return ExplorerDatabase.open(db);
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
