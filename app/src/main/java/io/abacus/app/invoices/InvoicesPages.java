package io.abacus.app.invoices;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.PaymentsContext;
import io.abacus.app.settings.AppSettings;
import io.abacus.app.shell.PageFactory;
import io.abacus.app.shell.Section;
import io.abacus.wallet.invoice.InvoiceBook;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** The Invoices page. */
public final class InvoicesPages implements PageFactory {
  private final PaymentsContext ctx;
  private final Path dataDirectory;
  private final InvoiceAlerts alerts;
  private final AppSettings settings;
  private final Consumer<String> openTransaction;

  /**
   * @param settings the business printed on invoices and the confirmations payments need
   * @param openTransaction shows a transaction (by hash) in the explorer
   */
  public InvoicesPages(
      PaymentsContext ctx,
      Path dataDirectory,
      InvoiceAlerts alerts,
      AppSettings settings,
      Consumer<String> openTransaction) {
    this.ctx = ctx;
    this.settings = settings;
    this.openTransaction = openTransaction;
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
            () -> settings.get().invoicing(),
            alerts,
            i18n,
            Clock.systemDefaultZone());
    VBox page = new VBox(new InvoicesView(model, i18n, alerts, openTransaction).root());
    page.setPadding(new Insets(0, 24, 12, 0));
    return page;
  }
}
