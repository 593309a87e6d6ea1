package io.abacus.app.payments;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.token.Token;
import io.abacus.wallet.token.TokenRegistry;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
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
