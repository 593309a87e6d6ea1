package io.abacus.wallet.rpc;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.math.BigInteger;
import java.util.Optional;

/**
 * A transaction as {@code eth_getTransactionByHash} returns it.
 *
 * @param blockNumber empty while pending
 */
public record TransactionInfo(
    HexBytes hash,
    Address from,
    Address to,
    BigInteger nonce,
    BigInteger value,
    BigInteger gasLimit,
    HexBytes input,
    Optional<BigInteger> blockNumber) {

  public boolean isPending() {
    return blockNumber.isEmpty();
  }
}
