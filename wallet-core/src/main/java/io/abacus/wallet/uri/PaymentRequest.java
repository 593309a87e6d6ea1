package io.abacus.wallet.uri;

import io.abacus.wallet.address.Address;
import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalLong;

/** A payment request carried by an EIP-681 {@code ethereum:} URI. */
public sealed interface PaymentRequest {

  /** The chain the request is for; empty means the wallet's current chain. */
  OptionalLong chainId();

  Optional<BigInteger> gasLimit();

  Optional<BigInteger> gasPrice();

  /**
   * Pay ETH: {@code ethereum:<to>[@chainId][?value=..]}.
   *
   * @param value wei, empty if the payer chooses
   */
  record Ether(
      Address to,
      OptionalLong chainId,
      Optional<BigInteger> value,
      Optional<BigInteger> gasLimit,
      Optional<BigInteger> gasPrice)
      implements PaymentRequest {}

  /**
   * Pay an ERC-20 token: {@code ethereum:<token>[@chainId]/transfer?address=<to>&uint256=<units>}.
   *
   * @param amount token base units, empty if the payer chooses
   */
  record Token(
      Address token,
      Address recipient,
      OptionalLong chainId,
      Optional<BigInteger> amount,
      Optional<BigInteger> gasLimit,
      Optional<BigInteger> gasPrice)
      implements PaymentRequest {}
}
