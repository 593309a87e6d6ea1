package io.abacus.app.cli.invoice;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import io.abacus.wallet.invoice.InvoiceState;
import io.abacus.wallet.invoice.InvoiceStatus;
import io.abacus.wallet.invoice.Matching;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code invoice list}: the invoices with their statuses as of the last sync. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List invoices with status, paid and remaining amounts (as of the last sync).")
public final class InvoiceListCommand extends InvoiceBase {
  @Option(
      names = "--status",
      paramLabel = "S",
      description = "Only this status: open, paid, partial, overpaid, late or cancelled.")
  String status;

  public InvoiceListCommand(CliContext context) {
    super(context);
  }

  @Override
  Integer run() throws IOException {
    InvoiceStatus only = status == null ? null : InvoiceStatus.of(status);
    List<InvoiceState> states = new ArrayList<>();
    for (Matching m : book().match(today())) {
      m.invoices().stream().filter(s -> only == null || s.status() == only).forEach(states::add);
    }
    if (json) {
      ObjectNode root = input.json();
      ArrayNode list = root.putArray("invoices");
      states.forEach(s -> list.add(json(s)));
      input.printJson(root);
      return 0;
    }
    if (states.isEmpty()) {
      context.out().println("no invoices");
    }
    states.forEach(s -> context.out().println(line(s)));
    return 0;
  }
}
