package io.abacus.app.explorer;

import io.abacus.wallet.address.Address;

/** Where the explorer's inner navigation is: one page and its subject. */
public sealed interface Place {
  /** The index manager. */
  record Manager() implements Place {}

  /** Newest blocks first. */
  record Blocks() implements Place {}

  /** One block. */
  record Block(long number) implements Place {}

  /** One transaction (0x-hex hash). */
  record Transaction(String hash) implements Place {}

  /** One address. */
  record AddressPage(Address address) implements Place {}

  /** One token contract: its holders and transfers. */
  record Token(Address address) implements Place {}

  /** The fund-flow graph around an address. */
  record Graph(Address address) implements Place {}

  /** Daily aggregates. */
  record Charts() implements Place {}
}
