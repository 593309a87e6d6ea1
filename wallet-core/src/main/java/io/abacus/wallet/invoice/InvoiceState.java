package io.abacus.wallet.invoice;

import java.math.BigInteger;
import java.util.List;

/**
 * An invoice with what the matching found for it.
 *
 * @param invoice the invoice
 * @param status its status
 * @param paid sum of its payments, base units
 * @param remaining still owed (0 once paid in full)
 * @param excess paid beyond the amount to pay (0 unless overpaid)
 * @param payments its payments, oldest first
 */
public record InvoiceState(
    Invoice invoice,
    InvoiceStatus status,
    BigInteger paid,
    BigInteger remaining,
    BigInteger excess,
    List<MatchedPayment> payments) {
  public InvoiceState {
    payments = List.copyOf(payments);
  }

  /**
   * One payment counted for an invoice.
   *
   * @param payment the payment
   * @param byHand whether the user assigned it (else the matching scheme did)
   */
  public record MatchedPayment(IncomingPayment payment, boolean byHand) {}
}
