package io.abacus.app.onboarding;

import static io.abacus.app.onboarding.OnboardingTestSupport.pw;
import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.i18n.I18n;
import io.abacus.app.onboarding.CreateWalletViewModel.Step;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.wallet.WalletSession;
import io.abacus.wallet.bip39.Mnemonic;
import io.abacus.wallet.bip39.Wordlist;
import io.abacus.wallet.hd.HdWallet;
import io.abacus.wallet.hd.PathPreset;
import io.abacus.wallet.secret.SecretBytes;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreateWalletViewModelTest {
  @TempDir Path data;
  private final I18n i18n = new I18n(Locale.ENGLISH);
  private WalletSession session;
  private CreateWalletViewModel model;

  @BeforeEach
  void setUp() {
    session = OnboardingTestSupport.session(data);
    model = new CreateWalletViewModel(session, TaskExecutor.sameThread(), i18n, new SecureRandom());
    model.nameProperty().set("shop");
  }

  @Test
  void formIsCheckedBeforeAnyWordsAreMade() {
    model.nameProperty().set("");
    assertThat(model.next(pw("long enough 1"), pw("long enough 1"))).isFalse();
    assertThat(model.errorProperty().get()).isEqualTo("Give the wallet a name.");
    model.nameProperty().set("my shop");
    model.next(pw("long enough 1"), pw("long enough 1"));
    assertThat(model.errorProperty().get()).startsWith("Use letters, digits");
    model.nameProperty().set("shop");
    model.next(pw("short"), pw("short"));
    assertThat(model.errorProperty().get()).isEqualTo("The password needs at least 8 characters.");
    model.next(pw("long enough 1"), pw("long enough 2"));
    assertThat(model.errorProperty().get()).isEqualTo("The two passwords differ.");
    session.vault().createEmpty("shop", pw("password 123")).lock();
    model.next(pw("long enough 1"), pw("long enough 1"));
    assertThat(model.errorProperty().get()).contains("\"shop\" exists already");
    assertThat(model.stepProperty().get()).isEqualTo(Step.FORM);
    assertThat(model.words()).isEmpty();
  }

  @Test
  void typingANewPasswordClearsTheErrorAboutTheOldOne() {
    model.nameProperty().set("new-wallet");
    model.next(pw("short"), pw("short"));
    assertThat(model.errorProperty().get()).isEqualTo("The password needs at least 8 characters.");
    model.passwordTyped(pw("Tr0ub4dour&3-horse-Battery"));
    assertThat(model.strengthProperty().get()).isEqualTo("Strength: strong");
    assertThat(model.errorProperty().get()).isEmpty(); // issue 13: it stayed under "strong"
  }

  @Test
  void strengthHintFollowsThePassword() {
    model.passwordTyped(pw("abc"));
    assertThat(model.strengthProperty().get()).startsWith("Too short");
    model.passwordTyped(pw("password"));
    assertThat(model.strengthProperty().get()).contains("weak");
    model.passwordTyped(pw("Tr0ub4dour&3-horse-Battery"));
    assertThat(model.strengthProperty().get()).isEqualTo("Strength: strong");
    model.passwordTyped(new char[0]);
    assertThat(model.strengthProperty().get()).isEmpty();
  }

  @Test
  void showsTwelveOrTwentyFourValidWordsAndWipesTheTypedPasswords() {
    char[] password = pw("long enough 1");
    char[] confirm = pw("long enough 1");
    assertThat(model.next(password, confirm)).isTrue();
    assertThat(password).containsOnly('\0');
    assertThat(confirm).containsOnly('\0');
    assertThat(model.stepProperty().get()).isEqualTo(Step.WORDS);
    assertThat(model.words()).hasSize(12);
    try (Mnemonic m = Mnemonic.parse(String.join(" ", model.words()))) {
      assertThat(m.wordCount()).isEqualTo(12);
    }
    model.reset();
    model.wordCountProperty().set(24);
    model.next(pw("long enough 1"), pw("long enough 1"));
    assertThat(model.words()).hasSize(24);
  }

  @Test
  void backupCheckRefusesAWrongWordThenCreatesAndUnlocksTheWalletOfThoseWords() {
    model.next(pw("long enough 1"), pw("long enough 1"));
    List<String> words = new ArrayList<>(model.words());
    model.wordsWrittenDown();
    assertThat(model.stepProperty().get()).isEqualTo(Step.CONFIRM);
    assertThat(model.words()).as("the words are shown only once").isEmpty();
    assertThat(model.checkedPositions()).hasSize(3).doesNotHaveDuplicates();
    int first = model.checkedPositions().get(0);
    for (int i = 0; i < 3; i++) {
      model.checkInput(i).set(words.get(model.checkedPositions().get(i) - 1));
    }
    String right = model.checkInput(0).get();
    model.checkInput(0).set(right.equals("zoo") ? "abandon" : "zoo");
    assertThat(model.confirm()).isFalse();
    assertThat(model.errorProperty().get())
        .isEqualTo("Word " + first + " does not match. Check your paper and type it again.");
    assertThat(session.vault().exists("shop")).isFalse();

    model.checkInput(0).set(" " + right.toUpperCase(Locale.ROOT) + " ");
    assertThat(model.confirm()).isTrue();
    assertThat(session.wallet()).isPresent();
    assertThat(model.stepProperty().get()).isEqualTo(Step.FORM);
    try (Mnemonic m = Mnemonic.parse(String.join(" ", words), Wordlist.english());
        SecretBytes seed = m.toSeed(null)) {
      assertThat(session.accounts().get(0).address())
          .isEqualTo(seed.apply(s -> HdWallet.address(s, PathPreset.METAMASK_TREZOR.path(0))));
    }
    session.lock();
    assertThat(session.vault().open("shop", pw("long enough 1")).name()).isEqualTo("shop");
  }

  @Test
  void wordAtComparesOneWordOfThePhraseWithoutSplittingIt() {
    char[] phrase = "abandon ability able".toCharArray();
    assertThat(CreateWalletViewModel.wordAt(phrase, 1, "abandon")).isTrue();
    assertThat(CreateWalletViewModel.wordAt(phrase, 2, "ability")).isTrue();
    assertThat(CreateWalletViewModel.wordAt(phrase, 3, "able")).isTrue();
    assertThat(CreateWalletViewModel.wordAt(phrase, 3, "abl")).isFalse();
    assertThat(CreateWalletViewModel.wordAt(phrase, 2, "able")).isFalse();
    assertThat(CreateWalletViewModel.wordAt(phrase, 4, "")).isFalse();
  }

  @Test
  void startingOverForgetsTheWords() {
    model.next(pw("long enough 1"), pw("long enough 1"));
    model.reset();
    assertThat(model.words()).isEmpty();
    assertThat(model.stepProperty().get()).isEqualTo(Step.FORM);
    assertThat(model.confirm()).isFalse();
  }
}
