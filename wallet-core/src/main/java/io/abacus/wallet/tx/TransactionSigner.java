package io.abacus.wallet.tx;

import io.abacus.wallet.signing.Signature;
import io.abacus.wallet.signing.Signer;

/** Signs transactions through a {@link Signer}, never touching key material itself. */
public final class TransactionSigner {
  private TransactionSigner() {}

  /**
   * Signs {@code tx}: Keccak-256 of the signing payload, signed by {@code signer}; the result is
   * checked to recover to the signer's address.
   *
   * @throws IllegalStateException if the signer produced a signature for another key
   */
  public static SignedTransaction sign(Transaction tx, Signer signer) {
    Signature signature = signer.signDigest(TransactionCodec.signingHash(tx));
    SignedTransaction signed = TransactionCodec.signed(tx, signature);
    if (!signed.from().equals(signer.address())) {
      throw new IllegalStateException(
          "signature recovers to " + signed.from() + ", not the signer " + signer.address());
    }
    return signed;
  }
}
