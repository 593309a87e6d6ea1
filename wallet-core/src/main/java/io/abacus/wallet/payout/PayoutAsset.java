package io.abacus.wallet.payout;

import io.abacus.wallet.address.Address;
import java.util.Optional;

/**
 * What a payout row pays: the chain's native currency or an ERC-20 token.
 *
 * @param token the token contract, empty for the native currency
 * @param symbol the symbol shown to the user
 * @param decimals the decimals amounts are written with
 */
public record PayoutAsset(Optional<Address> token, String symbol, int decimals) {
  /** The native currency with its symbol and decimals (ETH, 18 on most chains). */
  public static PayoutAsset nativeCurrency(String symbol, int decimals) {
    return new PayoutAsset(Optional.empty(), symbol, decimals);
  }

  /** Whether this is the native currency. */
  public boolean isNative() {
    return token.isEmpty();
  }

  /** How totals name the asset: {@code ETH} for the native currency, else the token address. */
  public String key() {
    return token.map(Address::toString).orElse("ETH");
  }
}
