package io.abacus.app.payouts;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.PaymentsContext;
import io.abacus.app.shell.PageFactory;
import io.abacus.app.shell.Section;
import io.abacus.app.ui.RecentFolder;
import io.abacus.wallet.payout.PayoutRunner;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Payouts page. It owns the page's {@link PayoutRun} for the life of the window: each visit
 * builds a new view of the same run, so a run started before leaving the page goes on and shows.
 */
public final class PayoutsPages implements PageFactory {
  private final PaymentsContext ctx;
  private final Path dataDirectory;
  private final RecentFolder folder;
  private final PayoutRunner.Options options;
  private final MultiSendContracts contracts;
  private PayoutRun run;

  public PayoutsPages(PaymentsContext ctx, Path dataDirectory, RecentFolder folder) {
    this(ctx, dataDirectory, folder, PayoutRun.standardOptions());
  }

  /** As above with the run's options (tests poll faster). */
  public PayoutsPages(
      PaymentsContext ctx, Path dataDirectory, RecentFolder folder, PayoutRunner.Options options) {
    this(ctx, dataDirectory, folder, options, MultiSendContracts.none());
  }

  /** As above with where the network's multi-send contract is known. */
  public PayoutsPages(
      PaymentsContext ctx,
      Path dataDirectory,
      RecentFolder folder,
      PayoutRunner.Options options,
      MultiSendContracts contracts) {
    this.ctx = ctx;
    this.dataDirectory = dataDirectory;
    this.folder = folder;
    this.options = options;
    this.contracts = contracts;
  }

  /** The page's model, created on first use and kept. */
  public PayoutRun model(I18n i18n) {
    if (run == null) {
      run = new PayoutRun(ctx, dataDirectory, options, i18n, contracts);
    } else {
      run.useLanguage(i18n);
    }
    return run;
  }

  @Override
  public Node page(Section section, I18n i18n) {
    if (section != Section.PAYOUTS) {
      return null;
    }
    Node view = new PayoutsView(model(i18n), i18n, folder).root();
    VBox page = new VBox(view);
    VBox.setVgrow(view, Priority.ALWAYS);
    page.setPadding(new Insets(0, 24, 12, 0));
    return page;
  }
}
