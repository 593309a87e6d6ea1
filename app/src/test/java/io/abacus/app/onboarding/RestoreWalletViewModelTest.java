package io.abacus.app.onboarding;

import static io.abacus.app.onboarding.OnboardingTestSupport.DEV_ACCOUNT_0;
import static io.abacus.app.onboarding.OnboardingTestSupport.DEV_WORDS;
import static io.abacus.app.onboarding.OnboardingTestSupport.pw;
import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.i18n.I18n;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.wallet.WalletSession;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.hd.PathPreset;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreWalletViewModelTest {
  @TempDir Path data;
  private WalletSession session;
  private RestoreWalletViewModel model;

  @BeforeEach
  void setUp() {
    session = OnboardingTestSupport.session(data);
    model =
        new RestoreWalletViewModel(session, TaskExecutor.sameThread(), new I18n(Locale.ENGLISH));
    model.nameProperty().set("restored");
  }

  private boolean restore() {
    return model.restore(pw("long enough 1"), pw("long enough 1"), new char[0]);
  }

  @Test
  void suggestsWordsOfTheListForTheWordAtTheCaret() {
    model.phraseProperty().set("abandon ab");
    model.typing(10);
    assertThat(model.suggestions())
        .containsExactly("abandon", "ability", "able", "about", "above", "absent");
    model.phraseProperty().set("abandon zo");
    model.typing(10);
    assertThat(model.suggestions()).containsExactly("zone", "zoo");
    model.typing(7);
    assertThat(model.suggestions()).as("a complete word needs no suggestion").isEmpty();
  }

  @Test
  void completingReplacesThePartlyTypedWordAndMovesTheCaretPastIt() {
    model.phraseProperty().set("test tes");
    int caret = model.complete("test", 8);
    assertThat(model.phraseProperty().get()).isEqualTo("test test ");
    assertThat(caret).isEqualTo(10);
  }

  @Test
  void liveHintNamesAnUnknownEarlierWord() {
    model.phraseProperty().set("test tset test");
    model.typing(14);
    assertThat(model.wordHintProperty().get()).isEqualTo("Word 2 \"tset\" is not a recovery word.");
    model.phraseProperty().set("test test te");
    model.typing(12);
    assertThat(model.wordHintProperty().get()).isEqualTo("3 words typed");
  }

  @Test
  void refusesUnknownWordsBadChecksumsAndWrongCountsWithTheLibrarysReasons() {
    model.phraseProperty().set(DEV_WORDS.replace("junk", "junkk"));
    assertThat(restore()).isFalse();
    assertThat(model.errorProperty().get())
        .startsWith("Word 12 \"junkk\" is not a recovery word. Did you mean ")
        .contains("junk");
    model.phraseProperty().set(DEV_WORDS.replace("junk", "test"));
    restore();
    assertThat(model.errorProperty().get())
        .startsWith("All words are recovery words, but they do not fit");
    model.phraseProperty().set("test test test");
    restore();
    assertThat(model.errorProperty().get()).endsWith("you typed 3.");
    model.phraseProperty().set("  ");
    restore();
    assertThat(model.errorProperty().get()).isEqualTo("Type the recovery words.");
    model.phraseProperty().set("abaco ".repeat(11) + "abete");
    restore();
    assertThat(model.errorProperty().get())
        .isEqualTo(
            "These are not English recovery words. Abacus supports only English recovery"
                + " phrases.");
    assertThat(session.wallet()).isEmpty();
  }

  @Test
  void restoresTheDevWordsWithTheMetaMaskLayout() {
    model.phraseProperty().set("  TEST test test test test test test test test test test junk\n");
    model.accountCountProperty().set(3);
    assertThat(restore()).isTrue();
    assertThat(model.errorProperty().get()).isEmpty();
    assertThat(session.accounts()).hasSize(3);
    assertThat(session.accounts().get(0).address()).isEqualTo(Address.parse(DEV_ACCOUNT_0));
    assertThat(session.accounts().get(1).address())
        .isEqualTo(Address.parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));
    assertThat(model.phraseProperty().get()).as("the words leave the form").isEmpty();
  }

  @Test
  void ledgerLegacyLayoutHidesTheMetaMaskFirstAccount() {
    model.phraseProperty().set(DEV_WORDS);
    model.presetProperty().set(PathPreset.LEDGER_LEGACY);
    model.accountCountProperty().set(2);
    restore();
    assertThat(session.accounts()).hasSize(2);
    assertThat(session.accounts())
        .allSatisfy(
            a -> assertThat(((Account.Derived) a).path().toString()).startsWith("m/44'/60'/0'/"))
        .noneMatch(a -> a.address().equals(Address.parse(DEV_ACCOUNT_0)));
  }

  @Test
  void passphraseGivesOtherAccounts() {
    model.phraseProperty().set(DEV_WORDS);
    model.restore(pw("long enough 1"), pw("long enough 1"), pw("extra words"));
    assertThat(session.accounts().get(0).address()).isNotEqualTo(Address.parse(DEV_ACCOUNT_0));
  }
}
