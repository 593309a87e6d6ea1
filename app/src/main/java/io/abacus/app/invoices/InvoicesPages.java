package io.abacus.app.invoices;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.PaymentsContext;
import io.abacus.app.shell.PageFactory;
import io.abacus.app.shell.Section;
import io.abacus.wallet.invoice.InvoiceBook;
import java.nio.file.Path;
import java.time.Clock;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** The Invoices page. */
public final class InvoicesPages implements PageFactory {
  private final PaymentsContext ctx;
  private final Path dataDirectory;
  private final InvoiceAlerts alerts;

  public InvoicesPages(PaymentsContext ctx, Path dataDirectory, InvoiceAlerts alerts) {
    this.ctx = ctx;
    this.dataDirectory = dataDirectory;
    this.alerts = alerts;
  }

  @Override
  public Node page(Section section, I18n i18n) {
    if (section != Section.INVOICES) {
      return null;
    }
    InvoicesViewModel model =
        new InvoicesViewModel(
            ctx,
            InvoiceBook.inDataDirectory(dataDirectory),
            dataDirectory,
            alerts,
            i18n,
            Clock.systemDefaultZone());
    VBox page = new VBox(new InvoicesView(model, i18n, alerts).root());
    page.setPadding(new Insets(0, 24, 12, 0));
    return page;
  }
}
