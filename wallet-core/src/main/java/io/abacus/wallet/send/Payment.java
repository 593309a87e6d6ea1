package io.abacus.wallet.send;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.fees.Fees;
import io.abacus.wallet.fees.Speed;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user asks to pay.
 *
 * @param from the paying account
 * @param to the recipient (of ETH or of the token)
 * @param token the ERC-20 contract, or empty for ETH
 * @param amount wei, or token base units
 * @param data extra calldata for an ETH payment (empty for a plain transfer)
 * @param speed the fee preset used when {@code customFees} is empty
 * @param customFees fees the user set, overriding the preset
 * @param gasLimit a gas limit the user set, overriding the estimate
 */
public record Payment(
    Address from,
    Address to,
    Optional<Address> token,
    BigInteger amount,
    HexBytes data,
    Speed speed,
    Optional<Fees> customFees,
    Optional<BigInteger> gasLimit) {

  public Payment {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("amount must not be negative");
    }
    data = data == null ? HexBytes.EMPTY : data;
    if (token.isPresent() && !data.isEmpty()) {
      throw new IllegalArgumentException("a token payment carries no extra calldata");
    }
  }

  /** A plain ETH payment at the normal preset. */
  public static Payment ether(Address from, Address to, BigInteger wei) {
    return new Payment(
        from,
        to,
        Optional.empty(),
        wei,
        HexBytes.EMPTY,
        Speed.NORMAL,
        Optional.empty(),
        Optional.empty());
  }

  /** An ERC-20 transfer at the normal preset. */
  public static Payment token(Address from, Address token, Address to, BigInteger units) {
    return new Payment(
        from,
        to,
        Optional.of(token),
        units,
        HexBytes.EMPTY,
        Speed.NORMAL,
        Optional.empty(),
        Optional.empty());
  }
}
