package io.abacus.wallet.send;

import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.signing.Signer;
import io.abacus.wallet.tx.SignedTransaction;
import io.abacus.wallet.tx.Transaction;
import io.abacus.wallet.tx.TransactionSigner;
import java.util.function.Predicate;

/**
 * Plan, confirm, sign, broadcast: the whole online payment. Every check that can refuse runs before
 * the signer is asked for anything.
 */
public final class PaymentSender {
  private final NodeClient node;
  private final PaymentPlanner planner;
  private final Broadcaster broadcaster;

  /** The outcome of a sent payment. */
  public record Sent(PaymentPlanner.Plan plan, SignedTransaction signed) {}

  public PaymentSender(NodeClient node, PaymentPlanner planner, Broadcaster broadcaster) {
    this.node = node;
    this.planner = planner;
    this.broadcaster = broadcaster;
  }

  /**
   * Plans {@code payment}, asks {@code confirm} with the summary, then signs and broadcasts.
   *
   * @throws SafetyException if a check fails, the signer is not the payer, or the user declines
   */
  public Sent send(Payment payment, Signer signer, Predicate<TransactionSummary> confirm) {
    if (!signer.address().equals(payment.from())) {
      throw new SafetyException(
          "the key signs for " + signer.address() + ", not for the payer " + payment.from());
    }
    PaymentPlanner.Plan plan = planner.plan(payment);
    if (!confirm.test(plan.summary())) {
      throw new SafetyException("not sent: declined at confirmation");
    }
    SignedTransaction signed = signAndBroadcast(plan.transaction(), signer);
    return new Sent(plan, signed);
  }

  /** Signs a prepared transaction and broadcasts it (the chain is checked again first). */
  public SignedTransaction signAndBroadcast(Transaction tx, Signer signer) {
    new SafetyChecks(node).requireChain(tx.chainId());
    SignedTransaction signed = TransactionSigner.sign(tx, signer);
    broadcaster.broadcast(signed);
    return signed;
  }
}
