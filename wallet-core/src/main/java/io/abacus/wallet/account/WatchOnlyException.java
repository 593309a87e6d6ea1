package io.abacus.wallet.account;

import io.abacus.wallet.address.Address;

/** Signing was asked of a watch-only account, which has no key. */
public final class WatchOnlyException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public WatchOnlyException(Address address) {
    super(
        "account "
            + address
            + " is watch-only: it has no private key here, so it cannot sign (import its key or"
            + " use the wallet that holds it)");
  }
}
