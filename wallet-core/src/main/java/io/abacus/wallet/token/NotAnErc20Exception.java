package io.abacus.wallet.token;

import io.abacus.wallet.address.Address;

/** A contract did not answer an ERC-20 call the way a token does. */
public final class NotAnErc20Exception extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Address contract;

  /** {@code contract} does not answer like a token. */
  public NotAnErc20Exception(Address contract) {
    this(contract, "no decimals or symbol");
  }

  NotAnErc20Exception(Address contract, String what) {
    super(contract + " does not look like an ERC-20 token (" + what + ")");
    this.contract = contract;
  }

  /** The contract asked. */
  public Address contract() {
    return contract;
  }
}
