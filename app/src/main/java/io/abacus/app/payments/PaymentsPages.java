package io.abacus.app.payments;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.activity.ActivityView;
import io.abacus.app.payments.activity.ActivityViewModel;
import io.abacus.app.payments.receive.ReceiveView;
import io.abacus.app.payments.receive.ReceiveViewModel;
import io.abacus.app.payments.send.SendView;
import io.abacus.app.payments.send.SendViewModel;
import io.abacus.app.shell.PageFactory;
import io.abacus.app.shell.Section;
import io.abacus.app.ui.RecentFolder;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * The Send, Receive and Activity pages. Each page gets a header from {@code banner} (the Sandbox
 * bar when on the Sandbox; may return null).
 */
public final class PaymentsPages implements PageFactory {
  private final PaymentsContext ctx;
  private final BiFunction<Section, I18n, Node> banner;
  private final Consumer<String> explorer;
  private final RecentFolder folders;

  /**
   * @param explorer shows a transaction (its 0x hash) on the explorer page
   * @param folders where Activity's export opens, remembered
   */
  public PaymentsPages(
      PaymentsContext ctx,
      BiFunction<Section, I18n, Node> banner,
      Consumer<String> explorer,
      RecentFolder folders) {
    this.ctx = ctx;
    this.banner = banner;
    this.explorer = explorer;
    this.folders = folders;
  }

  @Override
  public Node page(Section section, I18n i18n) {
    Node body =
        switch (section) {
          case SEND ->
              new SendView(new SendViewModel(ctx, i18n, Optional.of(explorer)), i18n).root();
          case RECEIVE -> new ReceiveView(new ReceiveViewModel(ctx, i18n), i18n).root();
          case ACTIVITY -> new ActivityView(new ActivityViewModel(ctx, i18n, folders), i18n).root();
          default -> null;
        };
    if (body == null) {
      return null;
    }
    Node top = banner.apply(section, i18n);
    VBox page = top == null ? new VBox(body) : new VBox(12, top, body);
    VBox.setVgrow(body, javafx.scene.layout.Priority.ALWAYS);
    page.setPadding(new javafx.geometry.Insets(0, 24, 12, 0));
    return page;
  }
}
