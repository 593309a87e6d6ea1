package io.abacus.app.onboarding;

import io.abacus.app.i18n.I18n;
import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.wallet.WalletSession;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.bip39.ForeignMnemonicException;
import io.abacus.wallet.bip39.InvalidMnemonicException;
import io.abacus.wallet.bip39.Mnemonic;
import io.abacus.wallet.bip39.MnemonicChecksumException;
import io.abacus.wallet.bip39.UnknownWordException;
import io.abacus.wallet.bip39.Wordlist;
import io.abacus.wallet.hd.PathPreset;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.vault.Wallet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Restoring a wallet from recovery words: suggestions from the BIP39 list for the word being typed,
 * the library's reasons for a phrase it refuses, an optional passphrase, and the account layout of
 * the wallet the words come from.
 */
public final class RestoreWalletViewModel {
  /** How many suggestions to show for a partly typed word. */
  static final int SUGGESTIONS = 6;

  private final WalletSession session;
  private final TaskExecutor executor;
  private final I18n i18n;
  private final Wordlist wordlist = Wordlist.english();
  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty phrase = new SimpleStringProperty("");
  private final ObjectProperty<PathPreset> preset =
      new SimpleObjectProperty<>(PathPreset.METAMASK_TREZOR);
  private final ObjectProperty<Integer> accountCount = new SimpleObjectProperty<>(5);
  private final ObservableList<String> suggestions = FXCollections.observableArrayList();
  private final StringProperty wordHint = new SimpleStringProperty("");
  private final StringProperty strength = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();

  public RestoreWalletViewModel(WalletSession session, TaskExecutor executor, I18n i18n) {
    this.session = session;
    this.executor = executor;
    this.i18n = i18n;
  }

  public StringProperty nameProperty() {
    return name;
  }

  /** The words as typed or pasted. */
  public StringProperty phraseProperty() {
    return phrase;
  }

  public ObjectProperty<PathPreset> presetProperty() {
    return preset;
  }

  /** How many accounts of the layout to add (their balances show on the accounts screen). */
  public ObjectProperty<Integer> accountCountProperty() {
    return accountCount;
  }

  /** Wordlist words starting with the word at the caret. */
  public ObservableList<String> suggestions() {
    return suggestions;
  }

  /** Live note about the words typed so far (an unknown word, how many words). */
  public StringProperty wordHintProperty() {
    return wordHint;
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

  /** The words of the list that start with {@code prefix} (none for an empty prefix). */
  public List<String> wordsStartingWith(String prefix) {
    String p = prefix.strip().toLowerCase(Locale.ROOT);
    List<String> found = new ArrayList<>();
    if (p.isEmpty()) {
      return found;
    }
    for (int i = 0; i < 2048 && found.size() < SUGGESTIONS; i++) {
      if (wordlist.word(i).startsWith(p)) {
        found.add(wordlist.word(i));
      }
    }
    return found;
  }

  /**
   * The user is typing: {@code caret} is the caret position in the phrase. Updates the suggestions
   * for the word under the caret and the hint about earlier words.
   */
  public void typing(int caret) {
    String text = phrase.get();
    int end = Math.min(Math.max(caret, 0), text.length());
    int start = end;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    String current = text.substring(start, end);
    List<String> matches = wordsStartingWith(current);
    suggestions.setAll(matches.size() == 1 && matches.get(0).equals(current) ? List.of() : matches);
    String[] words = text.strip().isEmpty() ? new String[0] : text.strip().split("\\s+");
    for (int i = 0; i < words.length; i++) {
      boolean last = i == words.length - 1 && end == text.length();
      String w = words[i].toLowerCase(Locale.ROOT);
      if (!last && wordlist.indexOf(w).isEmpty()) {
        wordHint.set(i18n.format("gate.restore.unknownWord", i + 1, w));
        return;
      }
    }
    wordHint.set(words.length == 0 ? "" : i18n.format("gate.restore.wordCount", words.length));
  }

  /**
   * Puts {@code word} in place of the partly typed word before {@code caret} and a space after it.
   *
   * @return the new caret position
   */
  public int complete(String word, int caret) {
    String text = phrase.get();
    int end = Math.min(Math.max(caret, 0), text.length());
    int start = end;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    phrase.set(text.substring(0, start) + word + " " + text.substring(end));
    int at = start + word.length() + 1;
    typing(at);
    return at;
  }

  /**
   * Checks everything and restores in the background. Takes ownership of the arrays (the passphrase
   * may be empty for none).
   *
   * @return false if refused at once (the error says why)
   */
  public boolean restore(char[] password, char[] confirm, char[] passphrase) {
    try {
      if (busy.get()) {
        return false;
      }
      Optional<String> problem =
          NewWalletRules.problem(session.vault(), name.get(), password, confirm, i18n);
      if (problem.isPresent()) {
        error.set(problem.get());
        return false;
      }
      Mnemonic mnemonic;
      try {
        mnemonic = Mnemonic.parse(phrase.get(), wordlist);
      } catch (InvalidMnemonicException e) {
        error.set(explain(e));
        return false;
      }
      error.set("");
      busy.set(true);
      start(mnemonic, password.clone(), passphrase.clone());
      return true;
    } finally {
      SecretBytes.wipe(password);
      SecretBytes.wipe(confirm);
      SecretBytes.wipe(passphrase);
    }
  }

  private void start(Mnemonic mnemonic, char[] pw, char[] passphrase) {
    String walletName = name.get().strip();
    PathPreset layout = preset.get();
    int count = Math.max(1, accountCount.get());
    executor.execute(
        BackgroundTask.<Wallet>of(
                ctx -> {
                  try {
                    Wallet w = session.vault().create(walletName, mnemonic, passphrase, pw);
                    addLayout(w, layout, count);
                    return w;
                  } finally {
                    mnemonic.close();
                    SecretBytes.wipe(pw);
                    SecretBytes.wipe(passphrase);
                  }
                })
            .onSuccess(
                w -> {
                  phrase.set("");
                  suggestions.clear();
                  wordHint.set("");
                  session.unlocked(w);
                })
            .onFailure(e -> error.set(NewWalletRules.describe(e, i18n)))
            .onFinished(() -> busy.set(false)));
  }

  /**
   * The vault starts every wallet with account 0 of the MetaMask layout; Ledger Live shares that
   * first path, Ledger legacy does not, so its first account is hidden there.
   */
  static void addLayout(Wallet w, PathPreset layout, int count) {
    Account first = w.accounts().get(0);
    if (layout == PathPreset.LEDGER_LEGACY) {
      w.deriveNext(layout, count);
      w.setHidden(first.address(), true);
    } else if (count > 1) {
      w.deriveNext(layout, count - 1);
    }
  }

  private String explain(InvalidMnemonicException e) {
    if (e instanceof UnknownWordException u) {
      return u.suggestions().isEmpty()
          ? i18n.format("gate.restore.unknownWord", u.position(), u.word())
          : i18n.format(
              "gate.restore.unknownWordSuggest",
              u.position(),
              u.word(),
              String.join(", ", u.suggestions()));
    }
    if (e instanceof MnemonicChecksumException) {
      return i18n.get("gate.restore.badChecksum");
    }
    if (e instanceof ForeignMnemonicException) {
      return i18n.get("gate.restore.notEnglish");
    }
    String text = phrase.get().strip();
    return text.isEmpty()
        ? i18n.get("gate.restore.empty")
        : i18n.format("gate.restore.badCount", text.split("\\s+").length);
  }
}
