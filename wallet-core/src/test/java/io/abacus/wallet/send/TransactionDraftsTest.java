package io.abacus.wallet.send;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.fees.Fees;
import io.abacus.wallet.tx.DynamicFeeTransaction;
import io.abacus.wallet.tx.Erc20Calldata;
import io.abacus.wallet.tx.LegacyTransaction;
import io.abacus.wallet.tx.Transaction;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransactionDraftsTest {
  static final Address A = Address.parse("0x3535353535353535353535353535353535353535");
  static final Address B = Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
  static final DynamicFeeTransaction ORIGINAL =
      new DynamicFeeTransaction(
          1,
          BigInteger.valueOf(4),
          BigInteger.valueOf(100),
          BigInteger.valueOf(1000),
          BigInteger.valueOf(50000),
          A,
          BigInteger.TEN,
          HexBytes.parse("0x01"),
          List.of());

  @Test
  void speedUpRaisesBothFeesByTenPercentOrToTheMarket() {
    DynamicFeeTransaction low =
        (DynamicFeeTransaction)
            TransactionDrafts.speedUp(ORIGINAL, new Fees.Dynamic(BigInteger.ONE, BigInteger.ONE));
    assertThat(low.maxFeePerGas()).isEqualTo(BigInteger.valueOf(1100));
    assertThat(low.maxPriorityFeePerGas()).isEqualTo(BigInteger.valueOf(110));
    assertThat(low.withFees(ORIGINAL.maxPriorityFeePerGas(), ORIGINAL.maxFeePerGas()))
        .isEqualTo(ORIGINAL);
    DynamicFeeTransaction high =
        (DynamicFeeTransaction)
            TransactionDrafts.speedUp(
                ORIGINAL, new Fees.Dynamic(BigInteger.valueOf(5000), BigInteger.valueOf(300)));
    assertThat(high.maxFeePerGas()).isEqualTo(BigInteger.valueOf(5000));
    assertThat(high.maxPriorityFeePerGas()).isEqualTo(BigInteger.valueOf(300));
  }

  @Test
  void cancelIsAZeroValueSelfTransferWithTheSameNonce() {
    Transaction c =
        TransactionDrafts.cancel(ORIGINAL, B, new Fees.Dynamic(BigInteger.ONE, BigInteger.ONE));
    assertThat(c.to()).isEqualTo(B);
    assertThat(c.value()).isZero();
    assertThat(c.data().isEmpty()).isTrue();
    assertThat(c.nonce()).isEqualTo(ORIGINAL.nonce());
    assertThat(c.gasLimit()).isEqualTo(BigInteger.valueOf(21000));
    assertThat(c.maxFeePerGas()).isEqualTo(BigInteger.valueOf(1100));
  }

  @Test
  void legacyReplacementKeepsTheType() {
    LegacyTransaction legacy =
        new LegacyTransaction(
            1,
            BigInteger.ONE,
            BigInteger.valueOf(1000),
            BigInteger.valueOf(21000),
            A,
            BigInteger.ONE,
            null);
    Transaction faster = TransactionDrafts.speedUp(legacy, new Fees.Legacy(BigInteger.ONE));
    assertThat(faster).isInstanceOf(LegacyTransaction.class);
    assertThat(faster.maxFeePerGas()).isEqualTo(BigInteger.valueOf(1100));
  }

  @Test
  void summaryShowsTokenTransfersInTokenUnits() {
    Transaction tx =
        new DynamicFeeTransaction(
            1,
            BigInteger.ZERO,
            BigInteger.valueOf(1_000_000_000L),
            BigInteger.valueOf(3_000_000_000L),
            BigInteger.valueOf(60000),
            A,
            BigInteger.ZERO,
            Erc20Calldata.transfer(B, BigInteger.valueOf(12_500_000)),
            List.of());
    TransactionSummary s =
        TransactionSummary.of(
            tx,
            B,
            "Mainnet",
            Optional.of(new TransactionSummary.Token("USDC", 6)),
            Optional.of(BigInteger.valueOf(1_000_000_000L)));
    assertThat(s.lines())
        .containsExactly(
            "From:    " + B,
            "To:      " + B,
            "Amount:  12.5 USDC",
            "Fee:     0.00012 to 0.00018 ETH",
            "Network: Mainnet (chain id 1)",
            "Nonce:   0");
    TransactionSummary unknown =
        TransactionSummary.of(tx, B, "Mainnet", Optional.empty(), Optional.empty());
    assertThat(unknown.asset()).isEqualTo("token " + A);
    assertThat(unknown.amount()).isEqualTo("12500000 units");
  }

  @Test
  void consortiumChainsShowTheirOwnCurrencyForAmountAndFee() {
    LegacyTransaction tx =
        new LegacyTransaction(
            2024,
            BigInteger.ONE,
            BigInteger.TWO,
            BigInteger.valueOf(21000),
            A,
            BigInteger.valueOf(5),
            io.abacus.wallet.encoding.HexBytes.EMPTY);
    TransactionSummary s =
        TransactionSummary.of(
            tx,
            B,
            "Consortium",
            new TransactionSummary.Token("CON", 0),
            Optional.empty(),
            Optional.empty());
    assertThat(s.isNative()).isTrue();
    assertThat(s.lines())
        .contains("Amount:  5 CON", "Fee:     42000 CON", "Network: Consortium (chain id 2024)");
    assertThat(TransactionSummary.of(tx, B, "X", Optional.empty(), Optional.empty()).currency())
        .isEqualTo("ETH");
  }
}
