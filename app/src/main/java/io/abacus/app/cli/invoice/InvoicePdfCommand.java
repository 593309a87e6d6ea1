package io.abacus.app.cli.invoice;

import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.app.cli.common.SavedNetworks;
import io.abacus.app.i18n.I18n;
import io.abacus.app.invoices.BusinessProfile;
import io.abacus.app.invoices.InvoicePdf;
import io.abacus.app.settings.Settings;
import io.abacus.wallet.invoice.InvoiceState;
import io.abacus.wallet.invoice.Matching;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.storage.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code invoice pdf ID --out F}: the printable invoice. */
@Command(
    name = "pdf",
    mixinStandardHelpOptions = true,
    description = "Write an invoice as PDF (business name and address from Settings).")
public final class InvoicePdfCommand extends InvoiceBase {
  @Parameters(index = "0", paramLabel = "ID", description = "The invoice.")
  String id;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "F",
      description = "The PDF file to write.")
  Path out;

  @Option(
      names = "--language",
      paramLabel = "en|zh-CN",
      description = "Language of the PDF (default en).")
  String language = "en";

  public InvoicePdfCommand(CliContext context) {
    super(context);
  }

  @Override
  Integer run() throws IOException {
    Locale locale =
        switch (language) {
          case "en" -> Locale.ENGLISH;
          case "zh-CN", "zh" -> Locale.SIMPLIFIED_CHINESE;
          default ->
              throw new UserException("--language takes en or zh-CN, not '" + language + "'");
        };
    InvoiceState state = find();
    Settings settings = new SavedNetworks(dataDirectory()).load();
    String chain =
        settings.networks().stream()
            .filter(n -> n.chainId() == state.invoice().chainId())
            .map(Network::name)
            .findFirst()
            .orElse("chain " + state.invoice().chainId());
    byte[] pdf =
        InvoicePdf.render(state, BusinessProfile.of(settings.invoicing()), chain, new I18n(locale));
    AtomicFile.write(out, pdf);
    if (json) {
      input.printJson(input.json().put("id", state.invoice().id()).put("file", out.toString()));
    } else {
      context.out().printf("%s written to %s%n", state.invoice().id(), out);
    }
    return 0;
  }

  private InvoiceState find() throws IOException {
    for (Matching m : book().match(today())) {
      Optional<InvoiceState> s =
          m.invoices().stream().filter(x -> x.invoice().id().equalsIgnoreCase(id)).findFirst();
      if (s.isPresent()) {
        return s.get();
      }
    }
    throw new UserException("no invoice " + id);
  }
}
