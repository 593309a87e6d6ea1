package io.abacus.wallet.invoice;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

/**
 * What the user enters for a new invoice; {@link InvoiceBook#create} adds the id and the unique
 * amount. Fields as in {@link Invoice}.
 */
public record InvoiceDraft(
    long chainId,
    String payTo,
    String asset,
    String symbol,
    int decimals,
    BigInteger nominal,
    String customer,
    String payer,
    String reference,
    LocalDate issued,
    LocalDate due,
    List<LineItem> lineItems,
    long createdBlock) {
  public InvoiceDraft {
    lineItems = List.copyOf(lineItems == null ? List.of() : lineItems);
    if (nominal == null || nominal.signum() <= 0) {
      throw new IllegalArgumentException("the amount must be more than 0");
    }
    if (!lineItems.isEmpty()) {
      BigInteger sum =
          lineItems.stream().map(LineItem::total).reduce(BigInteger.ZERO, BigInteger::add);
      if (!sum.equals(nominal)) {
        throw new IllegalArgumentException("the line items do not add up to the amount");
      }
    }
    if (due != null && issued != null && due.isBefore(issued)) {
      throw new IllegalArgumentException("the due date is before the issue date");
    }
  }
}
