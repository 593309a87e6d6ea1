package io.abacus.wallet.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.fees.Fees;
import io.abacus.wallet.signing.PrivateKeySigner;
import io.abacus.wallet.tx.DynamicFeeTransaction;
import io.abacus.wallet.tx.SignedTransaction;
import io.abacus.wallet.tx.Transaction;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Speed-up, cancel and drop detection with transactions held pending (automine off). */
@WithAnvil(automine = false)
class ReplacementOnAnvilTest {

  @Test
  void speedUpReplacesThePendingTransaction(Anvil anvil) {
    Wallet w = new Wallet(anvil, 31337);
    Replacer replacer = new Replacer(w.node, w.pending, w.sender, w.broadcaster);
    try (PrivateKeySigner key = Wallet.signer(anvil.account(6))) {
      SignedTransaction slow = sendSlow(w, key, Address.parse(anvil.account(7).address()));
      assertThat(w.broadcaster.status(slow.hash(), slow.from(), slow.transaction().nonce()))
          .isInstanceOf(TxStatus.Pending.class);

      SignedTransaction fast = replacer.speedUp(slow.hash(), key);
      DynamicFeeTransaction a = (DynamicFeeTransaction) slow.transaction();
      DynamicFeeTransaction b = (DynamicFeeTransaction) fast.transaction();
      assertThat(b.nonce()).isEqualTo(a.nonce());
      assertThat(b.to()).isEqualTo(a.to());
      assertThat(b.value()).isEqualTo(a.value());
      assertAtLeastTenPercentMore(a.maxFeePerGas(), b.maxFeePerGas());
      assertAtLeastTenPercentMore(a.maxPriorityFeePerGas(), b.maxPriorityFeePerGas());

      anvil.mine(1);
      assertThat(w.broadcaster.status(fast.hash(), fast.from(), b.nonce()))
          .isInstanceOf(TxStatus.Mined.class);
      assertThat(w.broadcaster.status(slow.hash(), slow.from(), a.nonce()))
          .isEqualTo(new TxStatus.Replaced(a.nonce()));
      assertThatThrownBy(() -> replacer.speedUp(fast.hash(), key))
          .isInstanceOf(SafetyException.class)
          .hasMessageContaining("not one of this wallet's pending transactions");
    }
  }

  @Test
  void cancelReplacesWithASelfTransfer(Anvil anvil) {
    Wallet w = new Wallet(anvil, 31337);
    Replacer replacer = new Replacer(w.node, w.pending, w.sender, w.broadcaster);
    try (PrivateKeySigner key = Wallet.signer(anvil.account(8))) {
      Address payee = Address.parse(anvil.account(9).address());
      BigInteger payeeBefore = w.node.balance(payee, "latest");
      SignedTransaction payment = sendSlow(w, key, payee);
      SignedTransaction cancel = replacer.cancel(payment.hash(), key);
      Transaction c = cancel.transaction();
      assertThat(c.to()).isEqualTo(key.address());
      assertThat(c.value()).isZero();
      assertThat(c.nonce()).isEqualTo(payment.transaction().nonce());
      assertAtLeastTenPercentMore(payment.transaction().maxFeePerGas(), c.maxFeePerGas());

      anvil.mine(1);
      assertThat(w.broadcaster.status(payment.hash(), key.address(), c.nonce()))
          .isInstanceOf(TxStatus.Replaced.class);
      assertThat(w.node.balance(payee, "latest")).isEqualTo(payeeBefore);
    }
  }

  @Test
  void droppedTransactionIsDetected(Anvil anvil) {
    Wallet w = new Wallet(anvil, 31337);
    try (PrivateKeySigner key = Wallet.signer(anvil.account(5))) {
      SignedTransaction tx = sendSlow(w, key, key.address());
      anvil.call("anvil_dropTransaction", tx.hash().toHex());
      assertThat(w.broadcaster.status(tx.hash(), key.address(), tx.transaction().nonce()))
          .isEqualTo(new TxStatus.Dropped(tx.transaction().nonce()));
      assertThat(w.pending.pending(key.address(), 31337)).isEmpty();
    }
  }

  @Test
  void nextNonceCountsTheWalletsOwnPendingTransactions(Anvil anvil) {
    Wallet w = new Wallet(anvil, 31337);
    try (PrivateKeySigner key = Wallet.signer(anvil.account(4))) {
      BigInteger first = w.nonces.next(key.address(), 31337);
      sendSlow(w, key, key.address());
      assertThat(w.nonces.next(key.address(), 31337)).isEqualTo(first.add(BigInteger.ONE));
      anvil.mine(1);
      assertThat(w.nonces.next(key.address(), 31337)).isEqualTo(first.add(BigInteger.ONE));
      assertThat(w.pending.pending(key.address(), 31337)).isEmpty();
    }
  }

  private static SignedTransaction sendSlow(Wallet w, PrivateKeySigner key, Address to) {
    BigInteger base = w.node.baseFee("pending").orElseThrow();
    Fees.Dynamic low =
        new Fees.Dynamic(base.multiply(BigInteger.TWO), BigInteger.valueOf(1_000_000_000L));
    Payment p =
        new Payment(
            key.address(),
            to,
            Optional.empty(),
            BigInteger.valueOf(1000),
            null,
            io.abacus.wallet.fees.Speed.SLOW,
            Optional.of(low),
            Optional.of(BigInteger.valueOf(21000)));
    return w.sender.send(p, key, s -> true).signed();
  }

  private static void assertAtLeastTenPercentMore(BigInteger before, BigInteger after) {
    assertThat(after.multiply(BigInteger.valueOf(100)))
        .isGreaterThanOrEqualTo(before.multiply(BigInteger.valueOf(110)));
  }
}
