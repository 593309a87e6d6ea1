package io.abacus.wallet.fees;

import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.rpc.CallRequest;
import io.abacus.wallet.rpc.NodeClient;
import java.math.BigInteger;

/**
 * Gas limits from {@code eth_estimateGas} plus a safety margin: state can change between estimate
 * and inclusion. A plain transfer without calldata estimated at exactly 21000 needs no margin.
 */
public final class GasEstimator {
  /** Plain ETH transfer to an account without code. */
  public static final BigInteger TRANSFER_GAS = BigInteger.valueOf(21_000);

  private final NodeClient node;
  private final int marginPercent;

  /**
   * @param marginPercent added to estimates of calls and contract creations (e.g. 20)
   */
  public GasEstimator(NodeClient node, int marginPercent) {
    if (marginPercent < 0) {
      throw new IllegalArgumentException("margin must not be negative");
    }
    this.node = node;
    this.marginPercent = marginPercent;
  }

  /** The gas limit to use for {@code call}. */
  public BigInteger gasLimit(CallRequest call) {
    BigInteger estimate = node.estimateGas(call);
    boolean plainTransfer = call.data() == null || call.data().equals(HexBytes.EMPTY);
    if (plainTransfer && estimate.equals(TRANSFER_GAS)) {
      return estimate;
    }
    return Fees.bump(estimate, marginPercent);
  }
}
