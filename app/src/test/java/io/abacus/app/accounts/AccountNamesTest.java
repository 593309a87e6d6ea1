package io.abacus.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.i18n.I18n;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.address.Address;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AccountNamesTest {
  private static final Address A = Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

  @Test
  void theWalletsDefaultNameFollowsTheLanguageAndTypedNamesStayAsTyped() {
    I18n zh = new I18n(Locale.SIMPLIFIED_CHINESE);
    assertThat(AccountNames.display(new Account.WatchOnly(A, "Account 3", false), zh))
        .isEqualTo("账户 3");
    assertThat(
            AccountNames.display(
                new Account.WatchOnly(A, "Account 3", false), new I18n(Locale.ENGLISH)))
        .isEqualTo("Account 3");
    assertThat(AccountNames.display(new Account.WatchOnly(A, "Account 3b", false), zh))
        .isEqualTo("Account 3b");
    assertThat(AccountNames.display(new Account.WatchOnly(A, "", false), zh)).isEqualTo("账户");
  }
}
