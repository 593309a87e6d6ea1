package io.abacus.app.cli.explorer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.query.ExplorerQueries;
import io.abacus.explorer.query.QueryRecords;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code abacus query search}: what a text matches. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Find a tx hash, block, address, label, or token by symbol or name.")
public final class QuerySearchCommand extends QueryBase {
  @Parameters(paramLabel = "TEXT")
  String text;

  public QuerySearchCommand(CliContext context) {
    super(context);
  }

  @Override
  ObjectNode query(ExplorerDatabase db) {
    try (ExplorerQueries q = new ExplorerQueries(db, 12)) {
      ObjectNode o = JSON.createObjectNode();
      ArrayNode results = o.putArray("results");
      for (QueryRecords.SearchHit h : q.search(text)) {
        results.addObject().put("kind", kind(h)).put("value", h.key()).put("label", h.label());
        if (!json) {
          context
              .out()
              .printf(
                  Locale.ROOT,
                  "%s %s%s%n",
                  kind(h),
                  h.key(),
                  h.label() == null ? "" : " (" + h.label() + ")");
        }
      }
      return o;
    }
  }

  /** The kind as the JSON contract names it: address, token, tx or block. */
  private static String kind(QueryRecords.SearchHit h) {
    return switch (h.kind()) {
      case TRANSACTION -> "tx";
      case BLOCK -> "block";
      case ADDRESS -> "address";
      case TOKEN -> "token";
    };
  }
}
