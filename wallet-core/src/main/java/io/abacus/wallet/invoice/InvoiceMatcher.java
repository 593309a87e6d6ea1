package io.abacus.wallet.invoice;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Decides which incoming payment pays which invoice: a pure function of the invoices, the payments,
 * the chain head, the confirmations to wait for and today's date. Nothing is remembered between
 * runs, so a payment a reorganisation removed simply stops counting, and running twice never counts
 * a payment twice.
 *
 * <p>Only payments with at least {@code confirmations} blocks (their own included) count. Each
 * payment counts for at most one invoice of the same chain, pay-to address and asset, made before
 * the payment's block. In this order, it goes to:
 *
 * <ol>
 *   <li>the invoice the user assigned its transaction to by hand;
 *   <li>the invoice whose exact amount to pay it is;
 *   <li>the invoice whose code ({@link UniqueAmount}) it carries (a partial or larger payment that
 *       kept the suffix);
 *   <li>the oldest unsettled invoice whose payer address sent it;
 *   <li>the oldest partly paid invoice whose remaining amount it is exactly.
 * </ol>
 *
 * When rules 2 or 3 find several invoices (a code reused after an invoice was paid), an unsettled
 * one wins over a settled one, then the oldest. Anything else is unassigned.
 */
public final class InvoiceMatcher {
  private InvoiceMatcher() {}

  /**
   * Matches payments to invoices.
   *
   * @param invoices the invoices of one chain
   * @param payments incoming payments of that chain to the wallet's addresses, any order
   * @param head the chain's head block number
   * @param confirmations blocks a payment needs (its own included) before it counts; at least 1
   * @param today the date against which due dates are judged
   */
  public static Matching match(
      List<Invoice> invoices,
      List<IncomingPayment> payments,
      long head,
      int confirmations,
      LocalDate today) {
    List<IncomingPayment> sorted = new ArrayList<>(payments);
    sorted.sort(
        Comparator.comparingLong(IncomingPayment::blockNumber)
            .thenComparingInt(IncomingPayment::logIndex)
            .thenComparing(IncomingPayment::key));
    List<IncomingPayment> confirmed = new ArrayList<>();
    List<IncomingPayment> pending = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (IncomingPayment p : sorted) {
      if (!seen.add(p.key())) {
        continue;
      }
      (head - p.blockNumber() + 1 >= Math.max(1, confirmations) ? confirmed : pending).add(p);
    }
    Map<String, Tally> tallies = new LinkedHashMap<>();
    invoices.forEach(i -> tallies.putIfAbsent(i.id(), new Tally(i)));
    Set<String> used = new HashSet<>();
    for (IncomingPayment p : confirmed) {
      for (Tally t : tallies.values()) {
        if (!t.invoice.cancelled() && t.invoice.assigned().contains(p.hash()) && t.accepts(p)) {
          t.add(p, true);
          used.add(p.key());
          break;
        }
      }
    }
    List<IncomingPayment> unassigned = new ArrayList<>();
    for (IncomingPayment p : confirmed) {
      if (used.contains(p.key())) {
        continue;
      }
      Optional<Tally> target = pick(p, tallies.values());
      if (target.isPresent()) {
        target.get().add(p, false);
      } else {
        unassigned.add(p);
      }
    }
    List<InvoiceState> states = new ArrayList<>();
    tallies.values().forEach(t -> states.add(t.state(today)));
    return new Matching(states, unassigned, pending);
  }

  private static Optional<Tally> pick(IncomingPayment p, Iterable<Tally> all) {
    List<Tally> candidates = new ArrayList<>();
    for (Tally t : all) {
      if (!t.invoice.cancelled() && t.accepts(p)) {
        candidates.add(t);
      }
    }
    int code = UniqueAmount.code(p.amount(), decimalsOf(candidates));
    List<BiPredicate<Tally, IncomingPayment>> rules =
        List.of(
            (t, q) -> t.invoice.amount().equals(q.amount()),
            (t, q) -> code != 0 && t.invoice.code() == code);
    for (BiPredicate<Tally, IncomingPayment> rule : rules) {
      List<Tally> hits = candidates.stream().filter(t -> rule.test(t, p)).toList();
      Optional<Tally> open = hits.stream().filter(t -> !t.settled()).findFirst();
      if (open.isPresent() || !hits.isEmpty()) {
        return open.or(() -> Optional.of(hits.get(0)));
      }
    }
    Optional<Tally> byPayer =
        candidates.stream()
            .filter(t -> !t.settled() && t.invoice.payer() != null)
            .filter(t -> t.invoice.payer().equals(p.from()))
            .findFirst();
    if (byPayer.isPresent()) {
      return byPayer;
    }
    return candidates.stream()
        .filter(t -> !t.settled() && t.paid.signum() > 0)
        .filter(t -> t.remaining().equals(p.amount()))
        .findFirst();
  }

  private static int decimalsOf(List<Tally> candidates) {
    return candidates.isEmpty() ? 0 : candidates.get(0).invoice.decimals();
  }

  /** What one invoice has received so far during a run. */
  private static final class Tally {
    private final Invoice invoice;
    private final List<InvoiceState.MatchedPayment> payments = new ArrayList<>();
    private BigInteger paid = BigInteger.ZERO;

    Tally(Invoice invoice) {
      this.invoice = invoice;
    }

    boolean accepts(IncomingPayment p) {
      return invoice.payTo().equals(p.to())
          && invoice.asset().equals(p.asset())
          && p.blockNumber() > invoice.createdBlock();
    }

    void add(IncomingPayment p, boolean byHand) {
      payments.add(new InvoiceState.MatchedPayment(p, byHand));
      paid = paid.add(p.amount());
    }

    /** Paid at least the nominal amount. */
    boolean settled() {
      return paid.compareTo(invoice.nominal()) >= 0;
    }

    BigInteger remaining() {
      return settled() ? BigInteger.ZERO : invoice.amount().subtract(paid);
    }

    InvoiceState state(LocalDate today) {
      BigInteger excess = paid.subtract(invoice.amount()).max(BigInteger.ZERO);
      InvoiceStatus status;
      if (invoice.cancelled()) {
        status = InvoiceStatus.CANCELLED;
      } else if (excess.signum() > 0) {
        status = InvoiceStatus.OVERPAID;
      } else if (settled()) {
        status = InvoiceStatus.PAID;
      } else if (invoice.due() != null && today.isAfter(invoice.due())) {
        status = InvoiceStatus.LATE;
      } else {
        status = paid.signum() > 0 ? InvoiceStatus.PARTIAL : InvoiceStatus.OPEN;
      }
      return new InvoiceState(invoice, status, paid, remaining(), excess, payments);
    }
  }
}
