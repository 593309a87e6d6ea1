package io.abacus.wallet.rpc;

import java.math.BigInteger;
import java.util.List;

/**
 * The answer of {@code eth_feeHistory}.
 *
 * @param baseFeePerGas one entry per block plus the next block's base fee as last entry
 * @param gasUsedRatio per block
 * @param reward per block, one tip per requested percentile (empty if none requested)
 */
public record FeeHistory(
    List<BigInteger> baseFeePerGas, List<Double> gasUsedRatio, List<List<BigInteger>> reward) {
  public FeeHistory {
    baseFeePerGas = List.copyOf(baseFeePerGas);
    gasUsedRatio = List.copyOf(gasUsedRatio);
    reward = reward.stream().map(List::copyOf).toList();
  }
}
