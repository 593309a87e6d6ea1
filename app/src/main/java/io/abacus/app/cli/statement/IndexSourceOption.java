package io.abacus.app.cli.statement;

import io.abacus.app.cli.UserException;
import io.abacus.app.cli.explorer.ExplorerSupport;
import io.abacus.explorer.db.DatabaseException;
import io.abacus.explorer.statement.IndexMovements;
import io.abacus.explorer.statement.MovementSource;
import io.abacus.explorer.statement.NodeMovements;
import io.abacus.wallet.rpc.JsonRpcClient;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --db INDEX} of the statement commands: the movements from an explorer index that holds the
 * period instead of from the node (balances and blocks still come from the node).
 */
public final class IndexSourceOption {
  @Option(
      names = "--db",
      paramLabel = "INDEX",
      description =
          "Read the movements from this explorer index (it must hold the whole period of the"
              + " node's chain); balances still come from the node.")
  Path db;

  /** Where the movements come from; an index that cannot serve the period is a one-line error. */
  MovementSource source(JsonRpcClient client, long chainId) {
    if (db == null) {
      return new NodeMovements(client);
    }
    IndexMovements index;
    try {
      index = new IndexMovements(ExplorerSupport.openExisting(db), chainId);
    } catch (DatabaseException e) {
      throw new IndexException("--db " + db + ": " + e.getMessage(), e);
    } catch (UserException e) {
      throw new IndexException(e.getMessage(), e);
    }
    return (accounts, first, last, progress) -> {
      try {
        return index.movements(accounts, first, last, progress);
      } catch (IllegalArgumentException | DatabaseException e) {
        throw new IndexException("--db " + db + ": " + e.getMessage(), e);
      }
    };
  }

  /** The index cannot serve the period: a usage error. */
  static final class IndexException extends UserException {
    private static final long serialVersionUID = 1L;

    IndexException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
