package io.abacus.wallet.contacts;

import io.abacus.wallet.address.Address;
import java.util.Objects;

/**
 * A named address: a supplier, a customer, a contract. The name is the label that both the wallet
 * and the explorer show for the address.
 *
 * @param address the address
 * @param name label shown instead of the hex
 * @param note free text, e.g. an invoice reference
 */
public record Contact(Address address, String name, String note) {
  public Contact {
    Objects.requireNonNull(address, "address");
    name = name == null ? "" : name.strip();
    note = note == null ? "" : note.strip();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a contact needs a name");
    }
    if (name.length() > 100) {
      throw new IllegalArgumentException("a name has at most 100 characters");
    }
  }
}
