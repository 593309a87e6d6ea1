package io.abacus.wallet.send;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.fees.FeeOracle;
import io.abacus.wallet.fees.Fees;
import io.abacus.wallet.fees.Speed;
import io.abacus.wallet.signing.PrivateKeySigner;
import io.abacus.wallet.tx.LegacyTransaction;
import java.math.BigInteger;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * A consortium-style chain: pre-London (no base fee) and a zero gas price, like Besu/QBFT with free
 * gas. Even an account holding no ETH can pay gas-free.
 */
@WithAnvil(
    chainId = 1337,
    args = {"--hardfork", "berlin", "--gas-price", "0"})
class ZeroGasChainOnAnvilTest {

  @Test
  void legacyZeroPriceTransactionsWork(Anvil anvil) {
    Wallet w = new Wallet(anvil, 1337);
    FeeOracle oracle = new FeeOracle(w.node);
    assertThat(oracle.supportsEip1559()).isFalse();
    assertThat(oracle.suggest(Speed.FAST)).isEqualTo(new Fees.Legacy(BigInteger.ZERO));

    try (PrivateKeySigner empty = PrivateKeySigner.of(HexFormat.of().parseHex("22".repeat(32)))) {
      Address to = Address.parse(anvil.account(1).address());
      PaymentSender.Sent sent =
          w.sender.send(Payment.ether(empty.address(), to, BigInteger.ZERO), empty, s -> true);
      assertThat(sent.plan().transaction()).isInstanceOf(LegacyTransaction.class);
      assertThat(sent.plan().transaction().maxFeePerGas()).isZero();
      assertThat(sent.plan().summary().feeMax()).isEqualTo("0");
      TxStatus status = PaymentsOnAnvilTest.await(w, sent.signed());
      assertThat(status).isInstanceOf(TxStatus.Mined.class);
      assertThat(((TxStatus.Mined) status).receipt().success()).isTrue();
    }
  }
}
