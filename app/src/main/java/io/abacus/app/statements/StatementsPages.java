package io.abacus.app.statements;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.PaymentsContext;
import io.abacus.app.shell.PageFactory;
import io.abacus.app.shell.Section;
import javafx.scene.Node;

/** The Statements page. */
public final class StatementsPages implements PageFactory {
  private final PaymentsContext ctx;

  /**
   * @param ctx the node, wallet session, address book and executor the page shares
   */
  public StatementsPages(PaymentsContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Node page(Section section, I18n i18n) {
    if (section != Section.STATEMENTS) {
      return null;
    }
    return new StatementsView(
            new StatementsViewModel(ctx, i18n),
            new VerifyStatementViewModel(ctx.node(), ctx.executor(), i18n),
            i18n)
        .root();
  }
}
