package io.abacus.wallet.tx;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.math.BigInteger;
import java.util.Optional;

/**
 * An unsigned EVM transaction of one of the three supported envelope types. All records check their
 * fields on construction (non-negative, within 256 bits, chain id positive), so a {@code
 * Transaction} that exists can be encoded and signed.
 */
public sealed interface Transaction
    permits LegacyTransaction, AccessListTransaction, DynamicFeeTransaction {

  /** The EIP-2718 type: 0 (legacy), 1 (EIP-2930) or 2 (EIP-1559). */
  int type();

  /** The chain id the signature binds to (EIP-155 for legacy). */
  long chainId();

  BigInteger nonce();

  BigInteger gasLimit();

  /** The recipient; {@code null} means contract creation. */
  Address to();

  /** Wei sent along. */
  BigInteger value();

  /** Calldata, or init code for a contract creation. */
  HexBytes data();

  /** The most this transaction may pay per gas: the gas price, or {@code maxFeePerGas}. */
  BigInteger maxFeePerGas();

  /** The recipient, empty for contract creation. */
  default Optional<Address> recipient() {
    return Optional.ofNullable(to());
  }

  default boolean isContractCreation() {
    return to() == null;
  }

  /** The worst-case fee in wei: gas limit times the maximum price per gas. */
  default BigInteger maxFee() {
    return gasLimit().multiply(maxFeePerGas());
  }

  /** Value plus worst-case fee: what the sender's balance must cover. */
  default BigInteger maxCost() {
    return value().add(maxFee());
  }

  /** The same transaction with another nonce. */
  Transaction withNonce(BigInteger nonce);
}
