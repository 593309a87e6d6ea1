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
    description = "Find a tx hash, block, address or label.")
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
      ArrayNode hits = o.putArray("hits");
      for (QueryRecords.SearchHit h : q.search(text)) {
        hits.addObject()
            .put("kind", h.kind().name().toLowerCase(Locale.ROOT))
            .put("key", h.key())
            .put("label", h.label());
        if (!json) {
          context
              .out()
              .printf(
                  Locale.ROOT,
                  "%s %s%s%n",
                  h.kind().name().toLowerCase(Locale.ROOT),
                  h.key(),
                  h.label() == null ? "" : " (" + h.label() + ")");
        }
      }
      return o;
    }
  }
}
