package io.abacus.app.payouts;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.network.Network;
import java.util.Optional;

/**
 * Where the multi-send contract of a network is known (per-network settings, the Sandbox's own);
 * payouts offer paying through it only when this answers.
 */
@FunctionalInterface
public interface MultiSendContracts {
  /** The multi-send contract on {@code network}, if one is known. */
  Optional<Address> contractOn(Network network);

  /** Knows none. */
  static MultiSendContracts none() {
    return network -> Optional.empty();
  }

  /**
   * From settings that give a network's multi-send address as text; text that is not an address
   * counts as none.
   */
  static MultiSendContracts fromText(
      java.util.function.Function<Network, Optional<String>> settings) {
    return network -> settings.apply(network).filter(Address::isValid).map(Address::parse);
  }
}
