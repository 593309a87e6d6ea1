package io.abacus.app.payments;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.token.Token;
import io.abacus.wallet.token.TokenRegistry;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What can be paid: the network's native currency ({@code token} null) or an ERC-20 token.
 *
 * @param symbol ETH or the token's symbol
 * @param token the token contract, or null for the native currency
 * @param decimals decimal places of one unit
 */
public record Asset(String symbol, Address token, int decimals) {

  /** The native currency of {@code network}. */
  public static Asset nativeOf(Network network) {
    return new Asset(network.currencySymbol(), null, network.decimals());
  }

  /** A token of the registry. */
  public static Asset of(Token token) {
    return new Asset(token.symbol(), token.address(), token.decimals());
  }

  /**
   * What can be paid or requested on {@code network}: its native currency, then the registry's
   * tokens.
   */
  public static List<Asset> allOf(Network network, TokenRegistry tokens) throws IOException {
    List<Asset> out = new ArrayList<>();
    out.add(nativeOf(network));
    tokens.tokens(network).forEach(t -> out.add(of(t)));
    return out;
  }

  public boolean isNative() {
    return token == null;
  }

  public Optional<Address> tokenAddress() {
    return Optional.ofNullable(token);
  }

  /** Base units as a decimal text, exact. */
  public String format(BigInteger units) {
    return Quantities.format(units, decimals);
  }

  /**
   * Base units in full precision (up to {@link #decimals()} places, trailing zeros dropped) with
   * the thousands grouped, e.g. {@code 1,234.500000000000000001}.
   */
  public String grouped(BigInteger units) {
    return grouped(new BigDecimal(units).movePointLeft(decimals));
  }

  /** An exact decimal with the thousands grouped and no digit dropped, e.g. {@code 12,000.05}. */
  public static String grouped(BigDecimal value) {
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
    return f.format(value);
  }

  /** {@link #grouped(BigInteger)} and the symbol, e.g. {@code 1,000 TUSD}. */
  public String amount(BigInteger units) {
    return grouped(units) + " " + symbol;
  }

  /**
   * A decimal amount as base units.
   *
   * @throws IllegalArgumentException if malformed, negative or finer than one base unit
   */
  public BigInteger parse(String text) {
    return Quantities.parseUnits(text, decimals, "amount");
  }

  /** Symbol and shortened contract address, for lists. */
  public String label() {
    if (token == null) {
      return symbol;
    }
    String a = token.toString();
    return symbol + "  " + a.substring(0, 6) + "…" + a.substring(a.length() - 4);
  }

  @Override
  public String toString() {
    return token == null ? symbol : symbol + " (" + token + ")";
  }
}
