package io.abacus.wallet.tx;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.math.BigInteger;

/**
 * A type-0 transaction with EIP-155 replay protection.
 *
 * @param to recipient, {@code null} for contract creation
 */
public record LegacyTransaction(
    long chainId,
    BigInteger nonce,
    BigInteger gasPrice,
    BigInteger gasLimit,
    Address to,
    BigInteger value,
    HexBytes data)
    implements Transaction {

  public LegacyTransaction {
    Fields.chainId(chainId);
    Fields.nonce(nonce);
    Fields.uint(gasPrice, "gasPrice");
    Fields.gasLimit(gasLimit);
    Fields.uint(value, "value");
    data = Fields.data(data);
  }

  @Override
  public int type() {
    return 0;
  }

  @Override
  public BigInteger maxFeePerGas() {
    return gasPrice;
  }

  @Override
  public LegacyTransaction withNonce(BigInteger newNonce) {
    return new LegacyTransaction(chainId, newNonce, gasPrice, gasLimit, to, value, data);
  }

  /** The same transaction with another gas price (for replacements). */
  public LegacyTransaction withGasPrice(BigInteger newGasPrice) {
    return new LegacyTransaction(chainId, nonce, newGasPrice, gasLimit, to, value, data);
  }
}
