package io.abacus.app.accounts;

import io.abacus.app.i18n.I18n;
import io.abacus.wallet.account.Account;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How account names are shown. The wallet names new accounts "Account N"; that default is shown in
 * the user's language, while names the user typed are shown as typed.
 */
public final class AccountNames {
  private static final Pattern DEFAULT = Pattern.compile("Account (\\d{1,6})");

  private AccountNames() {}

  public static String display(Account account, I18n i18n) {
    Matcher m = DEFAULT.matcher(account.name());
    if (m.matches()) {
      return i18n.format("accounts.defaultName", Integer.parseInt(m.group(1)));
    }
    return account.name().isEmpty() ? i18n.get("accounts.unnamed") : account.name();
  }
}
