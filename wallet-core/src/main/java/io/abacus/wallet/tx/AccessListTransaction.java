package io.abacus.wallet.tx;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.math.BigInteger;
import java.util.List;

/**
 * A type-1 (EIP-2930) transaction: a legacy gas price plus an access list.
 *
 * @param to recipient, {@code null} for contract creation
 */
public record AccessListTransaction(
    long chainId,
    BigInteger nonce,
    BigInteger gasPrice,
    BigInteger gasLimit,
    Address to,
    BigInteger value,
    HexBytes data,
    List<AccessListEntry> accessList)
    implements Transaction {

  public AccessListTransaction {
    Fields.chainId(chainId);
    Fields.nonce(nonce);
    Fields.uint(gasPrice, "gasPrice");
    Fields.gasLimit(gasLimit);
    Fields.uint(value, "value");
    data = Fields.data(data);
    accessList = Fields.accessList(accessList);
  }

  @Override
  public int type() {
    return 1;
  }

  @Override
  public BigInteger maxFeePerGas() {
    return gasPrice;
  }

  @Override
  public AccessListTransaction withNonce(BigInteger newNonce) {
    return new AccessListTransaction(
        chainId, newNonce, gasPrice, gasLimit, to, value, data, accessList);
  }

  /** The same transaction with another gas price (for replacements). */
  public AccessListTransaction withGasPrice(BigInteger newGasPrice) {
    return new AccessListTransaction(
        chainId, nonce, newGasPrice, gasLimit, to, value, data, accessList);
  }
}
