package io.abacus.app.wallet;

import io.abacus.wallet.account.Account;
import io.abacus.wallet.signing.Signer;
import io.abacus.wallet.vault.Vault;
import io.abacus.wallet.vault.VaultException;
import io.abacus.wallet.vault.Wallet;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The wallet the user has unlocked, shared by every wallet screen (accounts, receive, send,
 * activity, messages). Only the UI thread changes it; unlocking itself (scrypt, about a second)
 * runs in a background task that then calls {@link #unlocked(Wallet)}. {@link #lock()} wipes the
 * wallet's secrets; signers handed out before then refuse to sign.
 */
public final class WalletSession {
  private final Vault vault;
  private final ReadOnlyObjectWrapper<Wallet> wallet = new ReadOnlyObjectWrapper<>();
  private final ObservableList<Account> accounts = FXCollections.observableArrayList();
  private final ObjectProperty<Account> selected = new SimpleObjectProperty<>();
  private final BooleanBinding isUnlocked = Bindings.isNotNull(wallet);
  private final ReadOnlyLongWrapper balanceChanges = new ReadOnlyLongWrapper();

  public WalletSession(Vault vault) {
    this.vault = vault;
  }

  /** The data folder's wallets (for listing, creating, opening). */
  public Vault vault() {
    return vault;
  }

  /** The unlocked wallet, or null while locked. */
  public ReadOnlyObjectProperty<Wallet> walletProperty() {
    return wallet.getReadOnlyProperty();
  }

  public Optional<Wallet> wallet() {
    return Optional.ofNullable(wallet.get());
  }

  public BooleanBinding unlockedProperty() {
    return isUnlocked;
  }

  /** The visible accounts of the unlocked wallet (empty while locked). */
  public ObservableList<Account> accounts() {
    return accounts;
  }

  /** The account the wallet screens act on (pay from, receive to, show activity of). */
  public ObjectProperty<Account> selectedAccountProperty() {
    return selected;
  }

  /** Takes over a wallet just opened or created; locks the previous one. */
  public void unlocked(Wallet opened) {
    Wallet previous = wallet.get();
    if (previous != null && previous != opened) {
      previous.lock();
    }
    wallet.set(opened);
    refreshAccounts();
  }

  /**
   * Re-reads the accounts after a change (add, rename, hide), here or by another program such as
   * the command line, keeping the selection. If another program re-encrypted the wallet under a new
   * password (or removed its file) meanwhile, the session locks and the user unlocks again.
   */
  public void refreshAccounts() {
    Wallet w = wallet.get();
    Account before = selected.get();
    List<Account> visible;
    try {
      visible = w == null ? List.of() : w.visibleAccounts();
    } catch (VaultException changedElsewhere) {
      // Re-encrypted (STALE) or removed by another program: the user unlocks again.
      lock();
      return;
    }
    accounts.setAll(visible);
    selected.set(
        before == null
            ? visible.stream().findFirst().orElse(null)
            : visible.stream()
                .filter(a -> a.address().equals(before.address()))
                .findFirst()
                .orElse(visible.stream().findFirst().orElse(null)));
  }

  /** A signer for the selected account; empty when locked, none selected, or watch-only. */
  public Optional<Signer> signerForSelected() {
    Wallet w = wallet.get();
    Account a = selected.get();
    if (w == null || a == null || !a.canSign()) {
      return Optional.empty();
    }
    return Optional.of(w.signer(a.address()));
  }

  /**
   * Counts events that changed balances outside a screen's own knowledge (a payment confirmed, test
   * money received); screens that show balances reload when it changes.
   */
  public ReadOnlyLongProperty balanceChangesProperty() {
    return balanceChanges.getReadOnlyProperty();
  }

  /** Announces that balances changed (call on the UI thread). */
  public void balancesChanged() {
    balanceChanges.set(balanceChanges.get() + 1);
  }

  /** Wipes the wallet's secrets from memory and forgets it. */
  public void lock() {
    Wallet w = wallet.get();
    wallet.set(null);
    accounts.clear();
    selected.set(null);
    if (w != null) {
      w.lock();
    }
  }
}
