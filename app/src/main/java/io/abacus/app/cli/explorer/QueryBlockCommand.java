package io.abacus.app.cli.explorer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.query.ExplorerQueries;
import io.abacus.explorer.query.QueryRecords;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code abacus query block}: a block by number or hash. */
@Command(
    name = "block",
    mixinStandardHelpOptions = true,
    description = "A block by number or hash.")
public final class QueryBlockCommand extends QueryBase {
  @Parameters(paramLabel = "N|HASH")
  String key;

  public QueryBlockCommand(CliContext context) {
    super(context);
  }

  @Override
  ObjectNode query(ExplorerDatabase db) {
    try (ExplorerQueries q = new ExplorerQueries(db, 12)) {
      QueryRecords.Block b =
          (key.startsWith("0x") ? q.blockByHash(hash(key)) : q.block(number(key)))
              .orElseThrow(() -> new UserException("block " + key + " is not in the index"));
      ObjectNode o = JSON.createObjectNode();
      o.put("number", b.number());
      o.put("hash", b.hash());
      o.put("parentHash", b.parentHash());
      o.put("timestamp", b.timestamp().getEpochSecond());
      o.put("txCount", b.txCount());
      if (!json) {
        context
            .out()
            .printf(
                Locale.ROOT,
                "block %d %s%n  parent %s%n  time %s  %d transactions%s%n",
                b.number(),
                b.hash(),
                b.parentHash(),
                b.timestamp(),
                b.txCount(),
                b.confirmed() ? "" : "  (unconfirmed)");
      }
      return o;
    }
  }
}
