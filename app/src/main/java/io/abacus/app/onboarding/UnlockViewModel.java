package io.abacus.app.onboarding;

import io.abacus.app.i18n.I18n;
import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.wallet.WalletSession;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.vault.Wallet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The unlock screen: choose one of the vault's wallets and type its password. */
public final class UnlockViewModel {
  private final WalletSession session;
  private final TaskExecutor executor;
  private final I18n i18n;
  private final ObservableList<String> wallets = FXCollections.observableArrayList();
  private final ObjectProperty<String> wallet = new SimpleObjectProperty<>();
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final StringProperty recovery = new SimpleStringProperty("");
  private Wallet fromBackup;

  public UnlockViewModel(WalletSession session, TaskExecutor executor, I18n i18n) {
    this.session = session;
    this.executor = executor;
    this.i18n = i18n;
    reload();
  }

  /** Re-reads the vault's wallet names, keeping the choice if it still exists. */
  public void reload() {
    String before = wallet.get();
    wallets.setAll(session.vault().list());
    wallet.set(
        before != null && wallets.contains(before)
            ? before
            : wallets.stream().findFirst().orElse(null));
    error.set("");
  }

  public ObservableList<String> wallets() {
    return wallets;
  }

  public ObjectProperty<String> walletProperty() {
    return wallet;
  }

  public StringProperty errorProperty() {
    return error;
  }

  /** True while the password is checked (scrypt, about a second). */
  public BooleanProperty busyProperty() {
    return busy;
  }

  /**
   * Non-empty while a wallet whose file is damaged was opened from its backup and waits for the
   * user's choice: the text for the dialog ({@link #acceptBackup()} or {@link #declineBackup()}).
   */
  public StringProperty recoveryProperty() {
    return recovery;
  }

  /** Goes on with the backup: it becomes the current version, the damaged file is kept aside. */
  public void acceptBackup() {
    Wallet wallet = fromBackup;
    if (wallet == null) {
      return;
    }
    fromBackup = null;
    recovery.set("");
    busy.set(true);
    executor.execute(
        BackgroundTask.<Wallet>of(
                ctx -> {
                  wallet.acceptBackup();
                  return wallet;
                })
            .onSuccess(session::unlocked)
            .onFailure(
                e -> {
                  wallet.lock();
                  error.set(NewWalletRules.describe(e, i18n));
                })
            .onFinished(() -> busy.set(false)));
  }

  /** Does not use the backup: locks the wallet again; nothing was changed on disk. */
  public void declineBackup() {
    if (fromBackup != null) {
      fromBackup.lock();
      fromBackup = null;
    }
    recovery.set("");
    error.set(i18n.get("gate.recovery.declined"));
  }

  private void opened(Wallet wallet) {
    if (wallet.recovery().isEmpty()) {
      session.unlocked(wallet);
      return;
    }
    fromBackup = wallet;
    recovery.set(
        i18n.format(
            "gate.recovery.text", java.util.Date.from(wallet.recovery().get().backupTime())));
  }

  /**
   * Opens the chosen wallet in the background and hands it to the session. Takes ownership of
   * {@code password} and wipes it.
   *
   * @return false if the inputs were refused at once (the error says why)
   */
  public boolean unlock(char[] password) {
    String name = wallet.get();
    if (busy.get()) {
      SecretBytes.wipe(password);
      return false;
    }
    if (name == null) {
      SecretBytes.wipe(password);
      error.set(i18n.get("gate.error.chooseWallet"));
      return false;
    }
    if (password.length == 0) {
      error.set(i18n.get("gate.error.passwordMissing"));
      return false;
    }
    error.set("");
    busy.set(true);
    executor.execute(
        BackgroundTask.<Wallet>of(
                ctx -> {
                  try {
                    return session.vault().open(name, password);
                  } finally {
                    SecretBytes.wipe(password);
                  }
                })
            .onSuccess(this::opened)
            .onFailure(e -> error.set(NewWalletRules.describe(e, i18n)))
            .onFinished(() -> busy.set(false)));
    return true;
  }
}
