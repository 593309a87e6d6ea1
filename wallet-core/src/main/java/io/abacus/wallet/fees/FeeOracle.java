package io.abacus.wallet.fees;

import io.abacus.wallet.rpc.FeeHistory;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.RpcException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Suggests fees from the configured node only. On EIP-1559 chains: the tip is the median over the
 * last {@value #BLOCKS} blocks of the preset's reward percentile, and the max fee is twice the
 * pending base fee plus the tip (room for six full blocks of base-fee growth). On chains without a
 * base fee: {@code eth_gasPrice} (slow: as given, normal +10 %, fast +25 %); a zero gas price
 * (Besu/QBFT consortium chains) stays zero.
 */
public final class FeeOracle {
  static final int BLOCKS = 10;

  private final NodeClient node;

  public FeeOracle(NodeClient node) {
    this.node = node;
  }

  /** True if the pending block has a base fee. */
  public boolean supportsEip1559() {
    return pendingBaseFee().isPresent();
  }

  /** The three presets for this chain. */
  public Map<Speed, Fees> presets() {
    Optional<BigInteger> baseFee = pendingBaseFee();
    Map<Speed, Fees> out = new EnumMap<>(Speed.class);
    if (baseFee.isEmpty()) {
      BigInteger price = node.gasPrice();
      out.put(Speed.SLOW, new Fees.Legacy(price));
      out.put(Speed.NORMAL, new Fees.Legacy(Fees.bump(price, 10)));
      out.put(Speed.FAST, new Fees.Legacy(Fees.bump(price, 25)));
      return out;
    }
    List<BigInteger> tips = tips();
    for (Speed speed : Speed.values()) {
      BigInteger tip = tips.get(speed.ordinal());
      out.put(speed, new Fees.Dynamic(baseFee.get().shiftLeft(1).add(tip), tip));
    }
    return out;
  }

  /** One preset. */
  public Fees suggest(Speed speed) {
    return presets().get(speed);
  }

  private Optional<BigInteger> pendingBaseFee() {
    return node.baseFee("pending");
  }

  private List<BigInteger> tips() {
    List<Integer> percentiles = new ArrayList<>();
    for (Speed s : Speed.values()) {
      percentiles.add(s.percentile());
    }
    FeeHistory history;
    try {
      history = node.feeHistory(BLOCKS, "latest", percentiles);
    } catch (RpcException e) {
      if (e.kind() != RpcException.Kind.NODE_ERROR) {
        throw e;
      }
      return fallbackTips();
    }
    List<BigInteger> out = new ArrayList<>();
    boolean anyTip = false;
    for (int p = 0; p < percentiles.size(); p++) {
      List<BigInteger> column = new ArrayList<>();
      for (List<BigInteger> row : history.reward()) {
        column.add(row.get(p));
      }
      BigInteger median = median(column);
      anyTip |= median.signum() > 0;
      out.add(median);
    }
    return anyTip ? monotonic(out) : fallbackTips();
  }

  /** Without usable history (node lacks feeHistory, or empty blocks): the node's own tip. */
  private List<BigInteger> fallbackTips() {
    BigInteger tip;
    try {
      tip = node.maxPriorityFeePerGas();
    } catch (RpcException e) {
      if (e.kind() != RpcException.Kind.NODE_ERROR) {
        throw e;
      }
      tip = BigInteger.ZERO;
    }
    return List.of(tip, Fees.bump(tip, 10), Fees.bump(tip, 25));
  }

  private static List<BigInteger> monotonic(List<BigInteger> tips) {
    List<BigInteger> out = new ArrayList<>(tips);
    for (int i = 1; i < out.size(); i++) {
      out.set(i, out.get(i).max(out.get(i - 1)));
    }
    return out;
  }

  private static BigInteger median(List<BigInteger> values) {
    if (values.isEmpty()) {
      return BigInteger.ZERO;
    }
    List<BigInteger> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }
}
