package io.abacus.app.cli.explorer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.query.AddressQueries;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.wallet.address.Address;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code abacus query summary}: an address at a glance. */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description = "An address at a glance: activity, totals per asset, top counterparties.")
public final class QuerySummaryCommand extends QueryBase {
  @Parameters(paramLabel = "ADDR")
  String address;

  public QuerySummaryCommand(CliContext context) {
    super(context);
  }

  @Override
  ObjectNode query(ExplorerDatabase db) {
    Address a = ExplorerSupport.address(address);
    try (AddressQueries q = new AddressQueries(db)) {
      QueryRecords.AddressSummary s = q.summary(a);
      ObjectNode o = JSON.createObjectNode();
      o.put("address", a.toString());
      o.put("label", s.label());
      o.put("txCount", s.txCount());
      o.put("sent", s.sent());
      o.put("firstSeen", s.firstSeen() == null ? null : s.firstSeen().toString());
      o.put("lastSeen", s.lastSeen() == null ? null : s.lastSeen().toString());
      o.put("firstBlock", s.firstBlock());
      o.put("lastBlock", s.lastBlock());
      o.put("feesPaid", s.feesPaid().toString());
      ArrayNode totals = o.putArray("totals");
      for (QueryRecords.AssetTotals t : s.totals()) {
        totals
            .addObject()
            .put("asset", t.asset() == null ? null : t.asset().toString())
            .put("in", t.in().toString())
            .put("out", t.out().toString());
      }
      ArrayNode top = o.putArray("topCounterparties");
      s.topCounterparties()
          .forEach(
              c ->
                  top.addObject()
                      .put("address", c.address().toString())
                      .put("transactions", c.transactions()));
      if (!json) {
        context
            .out()
            .printf(
                Locale.ROOT,
                "%s%s: %d transactions (%d sent), blocks %s..%s, fees paid %s wei%n",
                a,
                s.label() == null ? "" : " (" + s.label() + ")",
                s.txCount(),
                s.sent(),
                s.firstBlock(),
                s.lastBlock(),
                s.feesPaid());
        s.totals()
            .forEach(
                t ->
                    context
                        .out()
                        .printf(
                            Locale.ROOT,
                            "  %s in %s out %s%n",
                            t.asset() == null ? "ETH (wei)" : t.asset(),
                            t.in(),
                            t.out()));
        s.topCounterparties()
            .forEach(
                c ->
                    context
                        .out()
                        .printf(Locale.ROOT, "  with %s: %d%n", c.address(), c.transactions()));
      }
      return o;
    }
  }
}
