package io.abacus.wallet.payout;

import io.abacus.wallet.address.Address;
import java.util.Optional;

/** What a payout's names and assets resolve against: the address book and the token registry. */
public interface PayoutLookups {
  /** The address saved under {@code name} in the address book (exact name, ignoring case). */
  Optional<Address> addressOf(String name);

  /** The native currency of the network. */
  PayoutAsset nativeAsset();

  /**
   * The token with {@code symbol} in the network's registry.
   *
   * @throws IllegalArgumentException if two tokens of the registry have that symbol
   */
  Optional<PayoutAsset> tokenBySymbol(String symbol);

  /** The token at {@code contract}, from the registry or read from the chain. */
  Optional<PayoutAsset> tokenAt(Address contract);
}
