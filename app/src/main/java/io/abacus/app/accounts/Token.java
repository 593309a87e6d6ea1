package io.abacus.app.accounts;

import io.abacus.wallet.address.Address;

/**
 * An ERC-20 token the accounts screen shows balances of.
 *
 * @param address the token contract
 * @param symbol short name, e.g. USDC
 * @param decimals how many decimal places one unit has (6 for USDC)
 */
public record Token(Address address, String symbol, int decimals) {
  public Token {
    if (decimals < 0 || decimals > 36) {
      throw new IllegalArgumentException("token decimals must be 0..36, not " + decimals);
    }
    symbol = symbol == null || symbol.isBlank() ? "?" : symbol.strip();
  }
}
