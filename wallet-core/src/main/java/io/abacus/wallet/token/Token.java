package io.abacus.wallet.token;

import io.abacus.wallet.address.Address;
import java.util.Objects;

/**
 * An ERC-20 token of one network.
 *
 * @param address the token contract
 * @param symbol short name, e.g. USDC ({@code "?"} when unknown)
 * @param name long name, e.g. "USD Coin" (empty when unknown)
 * @param decimals how many decimal places one unit has (6 for USDC), 0..{@value #MAX_DECIMALS}
 */
public record Token(Address address, String symbol, String name, int decimals) {
  /** The most decimals a token may have; more is treated as not a token. */
  public static final int MAX_DECIMALS = 36;

  /** The longest symbol kept; longer ones are cut. */
  public static final int MAX_SYMBOL = 16;

  /** The longest name kept; longer ones are cut. */
  public static final int MAX_NAME = 64;

  /**
   * Checks the decimals and cleans symbol and name (control characters removed, stripped, cut to
   * their limits).
   */
  public Token {
    Objects.requireNonNull(address, "address");
    if (decimals < 0 || decimals > MAX_DECIMALS) {
      throw new IllegalArgumentException(
          "token decimals must be 0.." + MAX_DECIMALS + ", not " + decimals);
    }
    symbol = clean(symbol, MAX_SYMBOL);
    symbol = symbol.isEmpty() ? "?" : symbol;
    name = clean(name, MAX_NAME);
  }

  /** A token whose name is not known. */
  public Token(Address address, String symbol, int decimals) {
    this(address, symbol, "", decimals);
  }

  static String clean(String text, int limit) {
    if (text == null) {
      return "";
    }
    String kept = text.replaceAll("\\p{Cntrl}", "").strip();
    return kept.length() > limit ? kept.substring(0, limit) : kept;
  }
}
