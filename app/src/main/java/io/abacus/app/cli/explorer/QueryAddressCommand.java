package io.abacus.app.cli.explorer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.query.AddressQueries;
import io.abacus.explorer.query.Cursor;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.wallet.address.Address;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code abacus query address}: a page of an address's history, newest first. */
@Command(
    name = "address",
    mixinStandardHelpOptions = true,
    description = "An address's transactions, newest first.")
public final class QueryAddressCommand extends QueryBase {
  @Parameters(paramLabel = "ADDR")
  String address;

  @Option(
      names = "--limit",
      defaultValue = "25",
      paramLabel = "N",
      description = "Items per page (default 25).")
  int limit;

  @Mixin HistoryOptions filters = new HistoryOptions();

  @Option(
      names = "--before",
      paramLabel = "CURSOR",
      description = "The 'next' cursor of the previous page.")
  String before;

  public QueryAddressCommand(CliContext context) {
    super(context);
  }

  @Override
  ObjectNode query(ExplorerDatabase db) {
    Address a = ExplorerSupport.address(address);
    Cursor cursor = before == null ? null : Cursor.parse(before);
    try (AddressQueries q = new AddressQueries(db)) {
      QueryRecords.HistoryPage page = q.history(a, filters.filter(), limit, cursor);
      ObjectNode o = JSON.createObjectNode();
      o.put("address", a.toString());
      o.put("txCount", page.txCount());
      ArrayNode items = o.putArray("items");
      for (QueryRecords.HistoryItem i : page.items()) {
        items
            .addObject()
            .put("hash", i.hash())
            .put("blockNumber", i.blockNumber())
            .put("method", i.method());
      }
      o.put("next", page.next() == null ? null : page.next().toString());
      if (!json) {
        context.out().printf(Locale.ROOT, "%s: %d transactions%n", a, page.txCount());
        page.items()
            .forEach(
                i ->
                    context
                        .out()
                        .printf(
                            Locale.ROOT,
                            "  %d  %s  %-3s %s -> %s  %s wei%n",
                            i.blockNumber(),
                            i.hash(),
                            i.direction(),
                            i.from(),
                            i.to(),
                            i.value()));
        if (page.next() != null) {
          context.out().println("more: --before " + page.next());
        }
      }
      return o;
    }
  }
}
