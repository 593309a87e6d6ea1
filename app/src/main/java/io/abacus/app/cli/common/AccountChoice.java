package io.abacus.app.cli.common;

import io.abacus.app.cli.UserException;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.vault.Wallet;
import java.util.List;

/** The {@code --account N|ADDR} option of commands that work on one account of a wallet. */
public final class AccountChoice {
  private AccountChoice() {}

  /**
   * The account {@code which} names: a number (0 = first, as 'wallet accounts --all' lists them) or
   * an address.
   *
   * @throws UserException when the wallet has no such account
   */
  public static Account pick(Wallet wallet, String which) {
    List<Account> accounts = wallet.accounts();
    if (which.startsWith("0x") || which.startsWith("0X")) {
      Address address;
      try {
        address = Address.parse(which);
      } catch (IllegalArgumentException e) {
        throw new UserException(e.getMessage(), e);
      }
      return accounts.stream()
          .filter(a -> a.address().equals(address))
          .findFirst()
          .orElseThrow(
              () -> new UserException("wallet " + wallet.name() + " has no account " + address));
    }
    int n;
    try {
      n = Integer.parseInt(which);
    } catch (NumberFormatException e) {
      throw new UserException("--account takes a number or an address, not '" + which + "'");
    }
    if (n < 0 || n >= accounts.size()) {
      throw new UserException(
          "wallet "
              + wallet.name()
              + " has "
              + accounts.size()
              + " accounts (0 to "
              + (accounts.size() - 1)
              + "), not "
              + n);
    }
    return accounts.get(n);
  }
}
