package io.abacus.app.wallet;

import io.abacus.app.accounts.AccountsView;
import io.abacus.app.accounts.AccountsViewModel;
import io.abacus.app.accounts.NodeConnector;
import io.abacus.app.i18n.I18n;
import io.abacus.app.messages.MessagesView;
import io.abacus.app.messages.MessagesViewModel;
import io.abacus.app.settings.AppSettings;
import io.abacus.app.shell.PageFactory;
import io.abacus.app.shell.Section;
import io.abacus.app.task.TaskExecutor;
import io.abacus.wallet.contacts.AddressBook;
import io.abacus.wallet.token.TokenRegistry;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The wallet area's pages: Accounts and Messages; and the sidebar's lock button. */
public final class WalletPages implements PageFactory {
  private final WalletSession session;
  private final AppSettings settings;
  private final AddressBook addressBook;
  private final TaskExecutor executor;
  private final TokenRegistry tokens;
  private final NodeConnector reader;

  public WalletPages(
      WalletSession session,
      AppSettings settings,
      AddressBook addressBook,
      TaskExecutor executor,
      TokenRegistry tokens) {
    this(session, settings, addressBook, executor, tokens, NodeConnector.overHttp());
  }

  public WalletPages(
      WalletSession session,
      AppSettings settings,
      AddressBook addressBook,
      TaskExecutor executor,
      TokenRegistry tokens,
      NodeConnector reader) {
    this.session = session;
    this.settings = settings;
    this.addressBook = addressBook;
    this.executor = executor;
    this.tokens = tokens;
    this.reader = reader;
  }

  @Override
  public Node page(Section section, I18n i18n) {
    return switch (section) {
      case ACCOUNTS ->
          new AccountsView(
                  new AccountsViewModel(session, settings, tokens, reader, executor, i18n), i18n)
              .root();
      case MESSAGES ->
          new MessagesView(new MessagesViewModel(session, addressBook, executor, i18n), i18n)
              .root();
      default -> null;
    };
  }

  /** "Lock": wipes the unlocked wallet's secrets; shown only while a wallet is unlocked. */
  public static Button lockButton(WalletSession session, I18n i18n) {
    Button lock = new Button(i18n.get("lock.button"), new FontIcon(Feather.LOCK));
    lock.setId("wallet-lock");
    lock.setMaxWidth(Double.MAX_VALUE);
    lock.textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    session.wallet().map(w -> i18n.format("lock.buttonNamed", w.name())).orElse(""),
                session.walletProperty()));
    lock.visibleProperty().bind(session.unlockedProperty());
    lock.managedProperty().bind(session.unlockedProperty());
    lock.setOnAction(e -> session.lock());
    return lock;
  }
}
