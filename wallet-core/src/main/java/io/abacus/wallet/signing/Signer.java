package io.abacus.wallet.signing;

import io.abacus.wallet.address.Address;

/**
 * Signs 32-byte digests for one account. The seam between everything that builds something to sign
 * (transactions, EIP-191 messages, EIP-712 typed data) and whatever holds the key: a software key
 * now, a hardware device later. Callers never see key material.
 */
public interface Signer {

  /** The account this signer signs for. */
  Address address();

  /**
   * Signs a 32-byte digest: deterministic (RFC 6979) and low-s, so the same digest always gives the
   * same signature.
   *
   * @throws IllegalArgumentException if {@code digest} is not 32 bytes
   * @throws IllegalStateException if the signer can no longer sign (locked, wiped, disconnected)
   */
  Signature signDigest(byte[] digest);
}
