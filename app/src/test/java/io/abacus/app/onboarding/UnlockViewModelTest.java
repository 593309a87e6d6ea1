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

  @Test
  void damagedFileAsksBeforeUsingTheBackup() throws Exception {
    java.nio.file.Path file = damagedShop();
    byte[] damaged = java.nio.file.Files.readAllBytes(file);
    UnlockViewModel model = new UnlockViewModel(session, TaskExecutor.sameThread(), i18n);
    model.walletProperty().set("shop");
    model.unlock(pw("correct horse 1"));
    assertThat(model.recoveryProperty().get())
        .startsWith("The wallet file is damaged")
        .contains("lacks changes made after it");
    assertThat(session.unlockedProperty().get()).isFalse();

    model.declineBackup();
    assertThat(model.recoveryProperty().get()).isEmpty();
    assertThat(model.errorProperty().get()).contains("nothing was changed");
    assertThat(session.unlockedProperty().get()).isFalse();
    assertThat(file).hasBinaryContent(damaged);

    model.unlock(pw("correct horse 1"));
    model.acceptBackup();
    assertThat(session.wallet()).hasValueSatisfying(w -> assertThat(w.recovery()).isEmpty());
    assertThat(file.resolveSibling("shop.wallet.damaged")).hasBinaryContent(damaged);
  }

  @Test
  void anAccountAddedByTheCommandLineShowsUpInsteadOfBeingOverwritten() {
    UnlockViewModel model = new UnlockViewModel(session, TaskExecutor.sameThread(), i18n);
    model.walletProperty().set("shop");
    model.unlock(pw("correct horse 1"));
    session
        .vault()
        .edit(
            "shop",
            pw("correct horse 1"),
            cli ->
                cli.watch(
                    io.abacus.wallet.address.Address.parse(OnboardingTestSupport.DEV_ACCOUNT_0),
                    "cli"));
    session.refreshAccounts();
    assertThat(session.accounts()).extracting(a -> a.name()).containsExactly("cli");
    session.wallet().orElseThrow().rename(session.accounts().get(0).address(), "app");
    session
        .vault()
        .edit(
            "shop",
            pw("correct horse 1"),
            cli -> {
              cli.changePassword(pw("correct horse 1"), pw("new horse 22"));
              return null;
            });
    session.refreshAccounts();
    assertThat(session.unlockedProperty().get())
        .as("locked after a password change elsewhere")
        .isFalse();
  }

  private java.nio.file.Path damagedShop() throws Exception {
    try (var w = session.vault().open("shop", pw("correct horse 1"))) {
      w.watch(io.abacus.wallet.address.Address.parse(OnboardingTestSupport.DEV_ACCOUNT_0), "x");
    }
    java.nio.file.Path file = session.vault().fileOf("shop");
    java.nio.file.Files.writeString(file, "{\"format\": \"abacus-wallet\"");
    return file;
  }
}
