package io.abacus.wallet.invoice;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link InvoiceMatcher#match}.
 *
 * @param invoices every invoice with its status, in the order given
 * @param unassigned confirmed payments that match no invoice, oldest first
 * @param pending payments still waiting for confirmations, oldest first (not counted yet)
 */
public record Matching(
    List<InvoiceState> invoices, List<IncomingPayment> unassigned, List<IncomingPayment> pending) {
  public Matching {
    invoices = List.copyOf(invoices);
    unassigned = List.copyOf(unassigned);
    pending = List.copyOf(pending);
  }

  /** The state of the invoice {@code id}. */
  public Optional<InvoiceState> invoice(String id) {
    return invoices.stream().filter(s -> s.invoice().id().equals(id)).findFirst();
  }

  /** How many confirmed payments count for an invoice. */
  public int matchedCount() {
    return invoices.stream().mapToInt(s -> s.payments().size()).sum();
  }
}
