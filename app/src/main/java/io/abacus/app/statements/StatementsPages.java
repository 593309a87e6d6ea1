package io.abacus.app.statements;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.PaymentsContext;
import io.abacus.app.shell.PageFactory;
import io.abacus.app.shell.Section;
import io.abacus.wallet.network.Network;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;

/** The Statements page. */
public final class StatementsPages implements PageFactory {
  private final PaymentsContext ctx;
  private final Consumer<String> openTransaction;
  private final Function<Network, Path> indexFile;

  /**
   * @param ctx the node, wallet session, address book and executor the page shares
   * @param openTransaction shows a transaction hash in the explorer
   * @param indexFile where a network's explorer index lives (offered as a source when it exists)
   */
  public StatementsPages(
      PaymentsContext ctx, Consumer<String> openTransaction, Function<Network, Path> indexFile) {
    this.ctx = ctx;
    this.openTransaction = openTransaction;
    this.indexFile = indexFile;
  }

  @Override
  public Node page(Section section, I18n i18n) {
    if (section != Section.STATEMENTS) {
      return null;
    }
    return new StatementsView(
            new StatementsViewModel(ctx, i18n, new IndexChoice(ctx.node(), indexFile)),
            new VerifyStatementViewModel(
                ctx.node(), ctx.executor(), i18n, new IndexChoice(ctx.node(), indexFile)),
            i18n,
            openTransaction)
        .root();
  }
}
