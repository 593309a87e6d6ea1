package io.abacus.app.cli.invoice;

import io.abacus.app.cli.CliContext;
import io.abacus.wallet.invoice.Invoice;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code invoice cancel ID}. */
@Command(
    name = "cancel",
    mixinStandardHelpOptions = true,
    description = "Cancel an invoice; it then takes no payments.")
public final class InvoiceCancelCommand extends InvoiceBase {
  @Parameters(index = "0", paramLabel = "ID", description = "The invoice.")
  String id;

  public InvoiceCancelCommand(CliContext context) {
    super(context);
  }

  @Override
  Integer run() throws IOException {
    Invoice i = book().cancel(id);
    if (json) {
      input.printJson(input.json().put("id", i.id()).put("status", "cancelled"));
    } else {
      context.out().printf("%s cancelled%n", i.id());
    }
    return 0;
  }
}
