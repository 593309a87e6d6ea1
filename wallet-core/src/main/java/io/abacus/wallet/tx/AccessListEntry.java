package io.abacus.wallet.tx;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.util.List;
import java.util.Objects;

/**
 * One EIP-2930 access list entry.
 *
 * @param address the contract whose storage is pre-declared
 * @param storageKeys 32-byte storage slots
 */
public record AccessListEntry(Address address, List<HexBytes> storageKeys) {
  public AccessListEntry {
    Objects.requireNonNull(address, "address");
    storageKeys = List.copyOf(storageKeys);
    for (HexBytes key : storageKeys) {
      if (key.length() != 32) {
        throw new InvalidTransactionException(
            "an access list storage key has 32 bytes, not " + key.length());
      }
    }
  }
}
