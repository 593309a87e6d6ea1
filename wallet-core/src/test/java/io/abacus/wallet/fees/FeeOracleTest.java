package io.abacus.wallet.fees;

import static io.abacus.wallet.rpc.CannedTransport.req;
import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.wallet.rpc.CannedTransport;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.RetryPolicy;
import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeeOracleTest {
  static final String PENDING_BLOCK = req(1, "eth_getBlockByNumber", "[\"pending\",false]");
  static final String HISTORY = req(2, "eth_feeHistory", "[\"0xa\",\"latest\",[10,50,90]]");

  static BigInteger gwei(long g) {
    return BigInteger.valueOf(g).multiply(BigInteger.valueOf(1_000_000_000L));
  }

  @Test
  void eip1559PresetsUseMedianPercentileTipsAndTwiceThePendingBaseFee() {
    CannedTransport t =
        new CannedTransport()
            .expect(PENDING_BLOCK, "{\"number\":\"0x10\",\"baseFeePerGas\":\"0x2540be400\"}")
            .expect(
                HISTORY,
                "{\"oldestBlock\":\"0x6\",\"baseFeePerGas\":[\"0x1\",\"0x1\",\"0x1\",\"0x1\"],\"gasUsedRatio\":[0.5,0.5,0.5],"
                    + "\"reward\":[[\"0x3b9aca00\",\"0x77359400\",\"0xb2d05e00\"],"
                    + "[\"0x3b9aca00\",\"0x77359400\",\"0x12a05f200\"],"
                    + "[\"0x0\",\"0x3b9aca00\",\"0xb2d05e00\"]]}");
    Map<Speed, Fees> presets = new FeeOracle(new NodeClient(t, RetryPolicy.none())).presets();
    // base fee 10 gwei; tips: p10 median 1, p50 median 2, p90 median 3 gwei
    assertThat(presets.get(Speed.SLOW)).isEqualTo(new Fees.Dynamic(gwei(21), gwei(1)));
    assertThat(presets.get(Speed.NORMAL)).isEqualTo(new Fees.Dynamic(gwei(22), gwei(2)));
    assertThat(presets.get(Speed.FAST)).isEqualTo(new Fees.Dynamic(gwei(23), gwei(3)));
    assertThat(t.done()).isTrue();
  }

  @Test
  void emptyBlocksFallBackToTheNodesPriorityFee() {
    CannedTransport t =
        new CannedTransport()
            .expect(PENDING_BLOCK, "{\"baseFeePerGas\":\"0x64\"}")
            .expect(
                HISTORY,
                "{\"baseFeePerGas\":[\"0x64\",\"0x64\"],\"gasUsedRatio\":[0],\"reward\":[[\"0x0\",\"0x0\",\"0x0\"]]}")
            .expect(req(3, "eth_maxPriorityFeePerGas", "[]"), "\"0x64\"");
    Map<Speed, Fees> presets = new FeeOracle(new NodeClient(t, RetryPolicy.none())).presets();
    assertThat(presets.get(Speed.SLOW))
        .isEqualTo(new Fees.Dynamic(BigInteger.valueOf(300), BigInteger.valueOf(100)));
    assertThat(presets.get(Speed.FAST))
        .isEqualTo(new Fees.Dynamic(BigInteger.valueOf(325), BigInteger.valueOf(125)));
  }

  @Test
  void legacyChainsUseGasPriceAndZeroStaysZero() {
    CannedTransport t =
        new CannedTransport()
            .expect(PENDING_BLOCK, "{\"number\":\"0x1\"}")
            .expect(req(2, "eth_gasPrice", "[]"), "\"0x0\"");
    Map<Speed, Fees> presets = new FeeOracle(new NodeClient(t, RetryPolicy.none())).presets();
    assertThat(presets.values()).containsOnly(new Fees.Legacy(BigInteger.ZERO));
  }

  @Test
  void bumpRoundsUp() {
    assertThat(Fees.bump(BigInteger.valueOf(101), 10)).isEqualTo(BigInteger.valueOf(112));
    assertThat(Fees.bump(BigInteger.valueOf(100), 10)).isEqualTo(BigInteger.valueOf(110));
    assertThat(Fees.bump(BigInteger.ZERO, 10)).isZero();
  }

  @Test
  void gasEstimateGetsAMarginExceptForPlainTransfers() {
    CannedTransport t =
        new CannedTransport()
            .expect(req(1, "eth_estimateGas", "[{}]"), "\"0x5208\"")
            .expect(req(2, "eth_estimateGas", "[{\"data\":\"0x01\"}]"), "\"0x186a0\"");
    GasEstimator g = new GasEstimator(new NodeClient(t, RetryPolicy.none()), 20);
    assertThat(g.gasLimit(new io.abacus.wallet.rpc.CallRequest(null, null, null, null)))
        .isEqualTo(BigInteger.valueOf(21000));
    assertThat(
            g.gasLimit(
                new io.abacus.wallet.rpc.CallRequest(
                    null, null, null, io.abacus.wallet.encoding.HexBytes.parse("0x01"))))
        .isEqualTo(BigInteger.valueOf(120000));
  }
}
