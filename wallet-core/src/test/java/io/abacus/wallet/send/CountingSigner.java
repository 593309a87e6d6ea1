package io.abacus.wallet.send;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.signing.Signature;
import io.abacus.wallet.signing.Signer;
import java.util.concurrent.atomic.AtomicInteger;

/** Delegates and counts signatures, to prove a refusal happened before signing. */
final class CountingSigner implements Signer {
  private final Signer delegate;
  final AtomicInteger signatures = new AtomicInteger();

  CountingSigner(Signer delegate) {
    this.delegate = delegate;
  }

  @Override
  public Address address() {
    return delegate.address();
  }

  @Override
  public Signature signDigest(byte[] digest) {
    signatures.incrementAndGet();
    return delegate.signDigest(digest);
  }
}
