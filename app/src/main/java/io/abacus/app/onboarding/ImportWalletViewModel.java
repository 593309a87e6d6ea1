package io.abacus.app.onboarding;

import io.abacus.app.i18n.I18n;
import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.wallet.WalletSession;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.address.InvalidAddressException;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.vault.Wallet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A new wallet holding one imported key (from a keystore file or typed as hex) or one watched
 * address. Such wallets have no recovery phrase.
 */
public final class ImportWalletViewModel {
  /** Where the account comes from. */
  public enum Source {
    KEYSTORE,
    PRIVATE_KEY,
    WATCH
  }

  private final WalletSession session;
  private final TaskExecutor executor;
  private final I18n i18n;
  private final Source source;
  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty keystoreFile = new SimpleStringProperty("");
  private final StringProperty watchAddress = new SimpleStringProperty("");
  private final StringProperty accountName = new SimpleStringProperty("");
  private final ObjectProperty<Address> watched = new SimpleObjectProperty<>();
  private final StringProperty strength = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();

  public ImportWalletViewModel(
      WalletSession session, TaskExecutor executor, I18n i18n, Source source) {
    this.session = session;
    this.executor = executor;
    this.i18n = i18n;
    this.source = source;
  }

  public Source source() {
    return source;
  }

  public StringProperty nameProperty() {
    return name;
  }

  /** Path of the keystore file ({@link Source#KEYSTORE}). */
  public StringProperty keystoreFileProperty() {
    return keystoreFile;
  }

  /** The address to watch ({@link Source#WATCH}). */
  public StringProperty watchAddressProperty() {
    return watchAddress;
  }

  /** Optional label of the imported or watched account. */
  public StringProperty accountNameProperty() {
    return accountName;
  }

  public StringProperty strengthProperty() {
    return strength;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public void passwordTyped(char[] typed) {
    strength.set(NewWalletRules.strengthHint(typed, i18n));
    // An error about an earlier password must not stay under "Strength: strong" (issue 13).
    error.set("");
  }

  /**
   * Checks the inputs and makes the wallet in the background. {@code secret} is the keystore's
   * password or the hex private key (unused for a watched address). Takes ownership of all arrays.
   *
   * @return false if refused at once (the error says why)
   */
  public boolean importWallet(char[] password, char[] confirm, char[] secret) {
    try {
      if (busy.get()) {
        return false;
      }
      Optional<String> problem =
          NewWalletRules.problem(session.vault(), name.get(), password, confirm, i18n)
              .or(() -> sourceProblem(secret));
      if (problem.isPresent()) {
        error.set(problem.get());
        return false;
      }
      error.set("");
      busy.set(true);
      start(password.clone(), secret.clone());
      return true;
    } finally {
      SecretBytes.wipe(password);
      SecretBytes.wipe(confirm);
      SecretBytes.wipe(secret);
    }
  }

  private Optional<String> sourceProblem(char[] secret) {
    switch (source) {
      case KEYSTORE -> {
        String file = keystoreFile.get().strip();
        if (file.isEmpty()) {
          return Optional.of(i18n.get("gate.error.keystoreMissing"));
        }
        if (!Files.isRegularFile(Path.of(file))) {
          return Optional.of(i18n.format("gate.error.keystoreNotFound", file));
        }
        return Optional.empty();
      }
      case PRIVATE_KEY -> {
        byte[] key = PrivateKeyText.parse(secret);
        if (key == null) {
          return Optional.of(i18n.get("gate.error.privateKeyMalformed"));
        }
        SecretBytes.wipe(key);
        return Optional.empty();
      }
      default -> {
        try {
          watched.set(Address.parse(watchAddress.get().strip()));
          return Optional.empty();
        } catch (InvalidAddressException e) {
          return Optional.of(
              i18n.get(
                  e.reason() == InvalidAddressException.Reason.BAD_CHECKSUM
                      ? "gate.error.addressChecksum"
                      : "gate.error.addressMalformed"));
        }
      }
    }
  }

  private void start(char[] pw, char[] secret) {
    String walletName = name.get().strip();
    String label = accountName.get().strip();
    String file = keystoreFile.get().strip();
    Address address = watched.get();
    executor.execute(
        BackgroundTask.<Wallet>of(
                ctx -> {
                  String json =
                      source == Source.KEYSTORE
                          ? Files.readString(Path.of(file), StandardCharsets.UTF_8)
                          : null;
                  Wallet w = null;
                  try {
                    w = session.vault().createEmpty(walletName, pw);
                    addAccount(w, json, secret, address, label);
                    return w;
                  } catch (RuntimeException e) {
                    if (w != null) {
                      w.lock();
                      removeHalfMadeWallet(walletName);
                    }
                    throw e;
                  } finally {
                    SecretBytes.wipe(pw);
                    SecretBytes.wipe(secret);
                  }
                })
            .onSuccess(session::unlocked)
            .onFailure(e -> error.set(NewWalletRules.describe(e, i18n)))
            .onFinished(() -> busy.set(false)));
  }

  private void addAccount(Wallet w, String json, char[] secret, Address address, String label) {
    switch (source) {
      case KEYSTORE -> {
        byte[] pass = SecretBytes.utf8(secret);
        try {
          w.importKeystore(json, pass, label);
        } finally {
          SecretBytes.wipe(pass);
        }
      }
      case PRIVATE_KEY -> {
        byte[] key = PrivateKeyText.parse(secret);
        try {
          w.importPrivateKey(key, label);
        } finally {
          SecretBytes.wipe(key);
        }
      }
      case WATCH -> w.watch(address, label);
    }
  }

  /** A wallet whose account could not be added is of no use; it holds no key, so delete it. */
  private void removeHalfMadeWallet(String walletName) {
    Path file = session.vault().fileOf(walletName);
    try {
      Files.deleteIfExists(file);
      Files.deleteIfExists(io.abacus.wallet.storage.AtomicFile.backupOf(file));
    } catch (java.io.IOException ignored) {
      // The empty wallet stays; the user can still unlock and use it.
    }
  }
}
