package io.abacus.app.cli.payout;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.common.JsonOutput;
import io.abacus.wallet.payout.JournalRow;
import io.abacus.wallet.payout.PayoutJournal;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code payout status}: each row's state as the journal records it (no node needed). */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Show each row's state as the payout journal records it.")
public final class PayoutStatusCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin JournalOption journal = new JournalOption();

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  public PayoutStatusCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PayoutJournal j = journal.open();
    Map<String, Integer> counts = new TreeMap<>();
    for (JournalRow r : j.rows()) {
      counts.merge(r.status().label(), 1, Integer::sum);
    }
    if (json) {
      ObjectNode root =
          JsonOutput.object()
              .put("journal", j.file().toString())
              .put("chainId", j.chainId())
              .put("from", j.from().toString());
      ObjectNode c = root.putObject("counts");
      counts.forEach(c::put);
      PayoutOutput.rows(root.putArray("rows"), j);
      JsonOutput.print(context.out(), root);
      return 0;
    }
    PayoutOutput.lines(context, j);
    context.out().println(counts.toString().replace("{", "").replace("}", "").replace("=", ": "));
    return 0;
  }
}
