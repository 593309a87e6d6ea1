package io.abacus.app.onboarding;

import static io.abacus.app.onboarding.OnboardingTestSupport.pw;
import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.i18n.I18n;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.wallet.WalletSession;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnlockViewModelTest {
  @TempDir Path data;
  private final I18n i18n = new I18n(Locale.ENGLISH);
  private WalletSession session;

  @BeforeEach
  void twoWallets() {
    session = OnboardingTestSupport.session(data);
    session.vault().createEmpty("shop", pw("correct horse 1")).lock();
    session.vault().createEmpty("home", pw("another pass 2")).lock();
  }

  @Test
  void listsTheVaultsWalletsSortedAndChoosesTheFirst() {
    UnlockViewModel model = new UnlockViewModel(session, TaskExecutor.sameThread(), i18n);
    assertThat(model.wallets()).containsExactly("home", "shop");
    assertThat(model.walletProperty().get()).isEqualTo("home");
  }

  @Test
  void wrongPasswordSaysSoLeavesTheSessionLockedAndWipesThePassword() {
    UnlockViewModel model = new UnlockViewModel(session, TaskExecutor.sameThread(), i18n);
    model.walletProperty().set("shop");
    char[] typed = pw("not the password");
    assertThat(model.unlock(typed)).isTrue();
    assertThat(model.errorProperty().get()).startsWith("Wrong password");
    assertThat(model.busyProperty().get()).isFalse();
    assertThat(session.unlockedProperty().get()).isFalse();
    assertThat(typed).containsOnly('\0');
  }

  @Test
  void rightPasswordUnlocksTheChosenWallet() {
    UnlockViewModel model = new UnlockViewModel(session, TaskExecutor.sameThread(), i18n);
    model.walletProperty().set("shop");
    model.unlock(pw("wrong one"));
    model.unlock(pw("correct horse 1"));
    assertThat(model.errorProperty().get()).isEmpty();
    assertThat(session.wallet()).hasValueSatisfying(w -> assertThat(w.name()).isEqualTo("shop"));
  }

  @Test
  void emptyPasswordIsRefusedWithoutTryingScrypt() {
    UnlockViewModel model = new UnlockViewModel(session, TaskExecutor.sameThread(), i18n);
    assertThat(model.unlock(new char[0])).isFalse();
    assertThat(model.errorProperty().get()).isEqualTo("Type the wallet's password.");
  }

  @Test
  void reloadPicksUpAWalletCreatedMeanwhile() {
    UnlockViewModel model = new UnlockViewModel(session, TaskExecutor.sameThread(), i18n);
    session.vault().createEmpty("aaa", pw("password 123")).lock();
    model.reload();
    assertThat(model.wallets()).containsExactly("aaa", "home", "shop");
    assertThat(model.walletProperty().get()).isEqualTo("home");
  }
}
