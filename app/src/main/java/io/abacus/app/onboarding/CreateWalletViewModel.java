package io.abacus.app.onboarding;

import io.abacus.app.i18n.I18n;
import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.wallet.WalletSession;
import io.abacus.wallet.bip39.Mnemonic;
import io.abacus.wallet.bip39.Wordlist;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.vault.Wallet;
import java.nio.CharBuffer;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Creating a wallet: name and password, then the new recovery words shown once, then a check that
 * the user wrote them down (three randomly chosen words typed again) before the wallet is saved.
 */
public final class CreateWalletViewModel {
  /** Where the user is in the flow. */
  public enum Step {
    FORM,
    WORDS,
    CONFIRM
  }

  /** How many words the backup check asks for. */
  public static final int CHECKED_WORDS = 3;

  private final WalletSession session;
  private final TaskExecutor executor;
  private final I18n i18n;
  private final SecureRandom random;
  private final StringProperty name = new SimpleStringProperty("");
  private final ObjectProperty<Integer> wordCount = new SimpleObjectProperty<>(12);
  private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.FORM);
  private final ObservableList<String> words = FXCollections.observableArrayList();
  private final ObservableList<Integer> checkedPositions = FXCollections.observableArrayList();
  private final List<StringProperty> checkInputs = new ArrayList<>();
  private final StringProperty strength = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private Mnemonic mnemonic;
  private char[] password;

  public CreateWalletViewModel(
      WalletSession session, TaskExecutor executor, I18n i18n, SecureRandom random) {
    this.session = session;
    this.executor = executor;
    this.i18n = i18n;
    this.random = random;
    for (int i = 0; i < CHECKED_WORDS; i++) {
      checkInputs.add(new SimpleStringProperty(""));
    }
  }

  public StringProperty nameProperty() {
    return name;
  }

  /** 12 or 24. */
  public ObjectProperty<Integer> wordCountProperty() {
    return wordCount;
  }

  public ObjectProperty<Step> stepProperty() {
    return step;
  }

  /** The new recovery words, only while {@link Step#WORDS} is shown. */
  public ObservableList<String> words() {
    return words;
  }

  /** 1-based positions of the words the backup check asks for. */
  public ObservableList<Integer> checkedPositions() {
    return checkedPositions;
  }

  /** What the user typed for the {@code i}-th checked word. */
  public StringProperty checkInput(int i) {
    return checkInputs.get(i);
  }

  /** The password hint, e.g. "Strength: good". */
  public StringProperty strengthProperty() {
    return strength;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  /**
   * Updates the strength hint for what is typed, clears an old error; the caller wipes {@code
   * typed}.
   */
  public void passwordTyped(char[] typed) {
    strength.set(NewWalletRules.strengthHint(typed, i18n));
    // An error about an earlier password must not stay under "Strength: strong" (issue 13).
    error.set("");
  }

  /**
   * Checks name and password and shows new recovery words. Takes ownership of both arrays.
   *
   * @return true if it moved on to the words
   */
  public boolean next(char[] newPassword, char[] confirm) {
    try {
      Optional<String> problem =
          NewWalletRules.problem(session.vault(), name.get(), newPassword, confirm, i18n);
      if (problem.isPresent()) {
        error.set(problem.get());
        return false;
      }
      discardSecrets();
      password = newPassword.clone();
      mnemonic = Mnemonic.generate(wordCount.get(), random, Wordlist.english());
      char[] phrase = mnemonic.phrase();
      try {
        words.setAll(new String(phrase).split(" "));
      } finally {
        SecretBytes.wipe(phrase);
      }
      error.set("");
      step.set(Step.WORDS);
      return true;
    } finally {
      SecretBytes.wipe(newPassword);
      SecretBytes.wipe(confirm);
    }
  }

  /** The user wrote the words down: hide them and pick the words to check. */
  public void wordsWrittenDown() {
    if (step.get() != Step.WORDS) {
      return;
    }
    int count = words.size();
    words.clear();
    List<Integer> positions = new ArrayList<>();
    while (positions.size() < CHECKED_WORDS) {
      int p = 1 + random.nextInt(count);
      if (!positions.contains(p)) {
        positions.add(p);
      }
    }
    positions.sort(null);
    checkedPositions.setAll(positions);
    checkInputs.forEach(s -> s.set(""));
    error.set("");
    step.set(Step.CONFIRM);
  }

  /**
   * Compares the typed words with the phrase; if they match, saves the wallet in the background and
   * unlocks it.
   *
   * @return false if a word is wrong (the error names which)
   */
  public boolean confirm() {
    if (step.get() != Step.CONFIRM || busy.get()) {
      return false;
    }
    char[] phrase = mnemonic.phrase();
    try {
      for (int i = 0; i < CHECKED_WORDS; i++) {
        int position = checkedPositions.get(i);
        String typed = checkInputs.get(i).get().strip().toLowerCase(Locale.ROOT);
        if (!wordAt(phrase, position, typed)) {
          error.set(i18n.format("gate.error.backupWord", position));
          return false;
        }
      }
    } finally {
      SecretBytes.wipe(phrase);
    }
    error.set("");
    busy.set(true);
    String walletName = name.get().strip();
    Mnemonic m = mnemonic;
    char[] pw = password;
    mnemonic = null;
    password = null;
    executor.execute(
        BackgroundTask.<Wallet>of(
                ctx -> {
                  try {
                    return session.vault().create(walletName, m, null, pw);
                  } finally {
                    m.close();
                    SecretBytes.wipe(pw);
                  }
                })
            .onSuccess(
                w -> {
                  reset();
                  session.unlocked(w);
                })
            .onFailure(
                e -> {
                  error.set(NewWalletRules.describe(e, i18n));
                  step.set(Step.FORM);
                })
            .onFinished(() -> busy.set(false)));
    return true;
  }

  /** True if word {@code position} (1-based) of the space-separated phrase is {@code typed}. */
  static boolean wordAt(char[] phrase, int position, String typed) {
    int word = 1;
    int start = 0;
    for (int i = 0; i <= phrase.length; i++) {
      if (i == phrase.length || phrase[i] == ' ') {
        if (word == position) {
          return typed.contentEquals(CharBuffer.wrap(phrase, start, i - start));
        }
        word++;
        start = i + 1;
      }
    }
    return false;
  }

  /** Back to the start, forgetting the words and the password. */
  public void reset() {
    discardSecrets();
    words.clear();
    checkedPositions.clear();
    checkInputs.forEach(s -> s.set(""));
    error.set("");
    strength.set("");
    step.set(Step.FORM);
  }

  private void discardSecrets() {
    if (mnemonic != null) {
      mnemonic.close();
      mnemonic = null;
    }
    if (password != null) {
      Arrays.fill(password, '\0');
      password = null;
    }
  }
}
