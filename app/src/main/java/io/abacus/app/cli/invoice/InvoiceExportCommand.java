package io.abacus.app.cli.invoice;

import io.abacus.app.cli.CliContext;
import io.abacus.app.invoices.InvoiceCsv;
import io.abacus.wallet.invoice.InvoiceState;
import io.abacus.wallet.invoice.Matching;
import io.abacus.wallet.storage.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code invoice export --csv F}: accounts receivable, one row per invoice payment. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Export the invoices with their payments (accounts receivable) as CSV.")
public final class InvoiceExportCommand extends InvoiceBase {
  @Option(
      names = "--csv",
      required = true,
      paramLabel = "F",
      description = "The CSV file to write.")
  Path csv;

  public InvoiceExportCommand(CliContext context) {
    super(context);
  }

  @Override
  Integer run() throws IOException {
    List<InvoiceState> states = new ArrayList<>();
    for (Matching m : book().match(today())) {
      states.addAll(m.invoices());
    }
    AtomicFile.write(csv, InvoiceCsv.render(states).getBytes(StandardCharsets.UTF_8));
    if (json) {
      input.printJson(input.json().put("file", csv.toString()).put("invoices", states.size()));
    } else {
      context.out().printf("%d invoices written to %s%n", states.size(), csv);
    }
    return 0;
  }
}
