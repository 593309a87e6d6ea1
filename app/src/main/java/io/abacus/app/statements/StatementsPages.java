package io.abacus.app.statements;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.PaymentsContext;
import io.abacus.app.shell.PageFactory;
import io.abacus.app.shell.Section;
import java.util.function.Consumer;
import javafx.scene.Node;

/** The Statements page. */
public final class StatementsPages implements PageFactory {
  private final PaymentsContext ctx;
  private final Consumer<String> openTransaction;

  /**
   * @param ctx the node, wallet session, address book and executor the page shares
   * @param openTransaction shows a transaction hash in the explorer
   */
  public StatementsPages(PaymentsContext ctx, Consumer<String> openTransaction) {
    this.ctx = ctx;
    this.openTransaction = openTransaction;
  }

  @Override
  public Node page(Section section, I18n i18n) {
    if (section != Section.STATEMENTS) {
      return null;
    }
    return new StatementsView(
            new StatementsViewModel(ctx, i18n),
            new VerifyStatementViewModel(ctx.node(), ctx.executor(), i18n),
            i18n,
            openTransaction)
        .root();
  }
}
