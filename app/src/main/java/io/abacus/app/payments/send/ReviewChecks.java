package io.abacus.app.payments.send;

import io.abacus.app.payments.PaymentsContext;
import io.abacus.app.payments.activity.ActivityItem;
import io.abacus.app.payments.store.SentRecord;
import io.abacus.explorer.account.HistoryProgress;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.send.Payment;
import io.abacus.wallet.send.PaymentPlanner;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The review's warnings about a recipient: paying yourself, a first-time recipient, a contract that
 * is not a token. Reads the sent journal, the address book, the token registry and the node
 * (blocking: run it in a background task).
 */
final class ReviewChecks {
  /**
   * How long the review waits for the payer's history to catch up; what was found by then counts
   * (the catching up resumes where it stopped next time).
   */
  static final Duration HISTORY_BUDGET = Duration.ofSeconds(3);

  private ReviewChecks() {}

  /** A planned payment and the warnings about its recipient. */
  record Planned(PaymentPlanner.Plan plan, List<ReviewWarning> warnings) {}

  /** Plans {@code payment} on the selected network's node and checks its recipient. */
  static Planned planAndCheck(PaymentsContext ctx, Payment payment, List<Account> own)
      throws IOException {
    NodeClient node = ctx.node().client();
    Network n = ctx.node().network();
    PaymentPlanner.Plan plan = ctx.node().planner(node, n).plan(payment);
    return new Planned(plan, check(ctx, node, n, own, payment.from(), payment.to()));
  }

  /**
   * The warnings for paying {@code to} from {@code payer} on {@code network}.
   *
   * @param own the wallet's accounts (paying one of them is paying yourself)
   */
  static List<ReviewWarning> check(
      PaymentsContext ctx,
      NodeClient node,
      Network network,
      List<Account> own,
      Address payer,
      Address to)
      throws IOException {
    List<ReviewWarning> out = new ArrayList<>();
    if (own.stream().anyMatch(a -> a.address().equals(to))) {
      out.add(ReviewWarning.SELF);
    } else if (ctx.addressBook().label(to).isEmpty()
        && !inJournal(ctx, network, own, to)
        && !inHistory(ctx, node, network, payer, to)) {
      out.add(ReviewWarning.FIRST_TIME);
    }
    if (isContract(node, to) && ctx.tokens().find(network, to).isEmpty()) {
      out.add(ReviewWarning.CONTRACT);
    }
    return out;
  }

  /** True if any of the wallet's accounts sent {@code to} a payment from this app. */
  private static boolean inJournal(
      PaymentsContext ctx, Network network, List<Account> own, Address to) throws IOException {
    for (Account a : own) {
      for (SentRecord r : ctx.journal().of(a.address().toString(), network.chainId())) {
        if (r.to() != null && r.to().equalsIgnoreCase(to.toString())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True if the payer's history on the chain (also payments made with other programs) shows a
   * payment to {@code to}. A history that cannot be read (or not within {@link #HISTORY_BUDGET})
   * counts as no payment: the warning is shown rather than hidden.
   */
  private static boolean inHistory(
      PaymentsContext ctx, NodeClient node, Network network, Address payer, Address to) {
    long until = System.nanoTime() + HISTORY_BUDGET.toNanos();
    try {
      return ctx
          .history()
          .history(network, node, payer, HistoryProgress.none(), () -> System.nanoTime() > until)
          .stream()
          .anyMatch(
              i ->
                  i.direction() != ActivityItem.Direction.IN
                      && to.toString().equalsIgnoreCase(i.counterparty()));
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      LoggerFactory.getLogger(ReviewChecks.class)
          .warn("could not read the history of {}: {}", payer, e.toString());
      return false;
    }
  }

  private static boolean isContract(NodeClient node, Address a) {
    String code = node.json().call("eth_getCode", a.toLowerHex(), "latest").asText();
    return !code.isEmpty() && !"0x".equals(code);
  }
}
