package io.abacus.app.cli.invoice;

import io.abacus.app.cli.CliContext;
import io.abacus.wallet.invoice.Invoice;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code invoice assign ID HASH}: counts an incoming payment for an invoice, by hand. */
@Command(
    name = "assign",
    mixinStandardHelpOptions = true,
    description = "Assign an incoming payment (seen by 'invoice sync') to an invoice by hand.")
public final class InvoiceAssignCommand extends InvoiceBase {
  @Parameters(index = "0", paramLabel = "ID", description = "The invoice.")
  String id;

  @Parameters(index = "1", paramLabel = "HASH", description = "The payment's transaction hash.")
  String hash;

  public InvoiceAssignCommand(CliContext context) {
    super(context);
  }

  @Override
  Integer run() throws IOException {
    Invoice i = book().assign(id, hash);
    if (json) {
      input.printJson(input.json().put("id", i.id()).put("assigned", hash.toLowerCase()));
    } else {
      context.out().printf("%s now counts payment %s%n", i.id(), hash);
    }
    return 0;
  }
}
