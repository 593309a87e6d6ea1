package io.abacus.wallet.account;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.signing.Signature;
import io.abacus.wallet.signing.Signer;

/**
 * The signer of a watch-only account: it knows its address, so transactions can be built and shown,
 * but refuses to sign.
 */
public final class WatchOnlySigner implements Signer {
  private final Address address;

  public WatchOnlySigner(Address address) {
    this.address = address;
  }

  @Override
  public Address address() {
    return address;
  }

  /**
   * Always refuses.
   *
   * @throws WatchOnlyException always
   */
  @Override
  public Signature signDigest(byte[] digest) {
    throw new WatchOnlyException(address);
  }

  @Override
  public String toString() {
    return "WatchOnlySigner[" + address + "]";
  }
}
