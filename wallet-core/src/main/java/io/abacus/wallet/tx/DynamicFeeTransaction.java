package io.abacus.wallet.tx;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.math.BigInteger;
import java.util.List;

/**
 * A type-2 (EIP-1559) transaction.
 *
 * @param maxPriorityFeePerGas the tip per gas to the block producer, at most {@code maxFeePerGas}
 * @param maxFeePerGas the most paid per gas (base fee plus tip)
 * @param to recipient, {@code null} for contract creation
 */
public record DynamicFeeTransaction(
    long chainId,
    BigInteger nonce,
    BigInteger maxPriorityFeePerGas,
    BigInteger maxFeePerGas,
    BigInteger gasLimit,
    Address to,
    BigInteger value,
    HexBytes data,
    List<AccessListEntry> accessList)
    implements Transaction {

  public DynamicFeeTransaction {
    Fields.chainId(chainId);
    Fields.nonce(nonce);
    Fields.uint(maxPriorityFeePerGas, "maxPriorityFeePerGas");
    Fields.uint(maxFeePerGas, "maxFeePerGas");
    if (maxPriorityFeePerGas.compareTo(maxFeePerGas) > 0) {
      throw new InvalidTransactionException(
          "maxPriorityFeePerGas ("
              + maxPriorityFeePerGas
              + ") must not exceed maxFeePerGas ("
              + maxFeePerGas
              + ")");
    }
    Fields.gasLimit(gasLimit);
    Fields.uint(value, "value");
    data = Fields.data(data);
    accessList = Fields.accessList(accessList);
  }

  @Override
  public int type() {
    return 2;
  }

  @Override
  public DynamicFeeTransaction withNonce(BigInteger newNonce) {
    return new DynamicFeeTransaction(
        chainId,
        newNonce,
        maxPriorityFeePerGas,
        maxFeePerGas,
        gasLimit,
        to,
        value,
        data,
        accessList);
  }

  /** The same transaction with other fees (for replacements). */
  public DynamicFeeTransaction withFees(BigInteger newPriorityFee, BigInteger newMaxFee) {
    return new DynamicFeeTransaction(
        chainId, nonce, newPriorityFee, newMaxFee, gasLimit, to, value, data, accessList);
  }
}
