package io.abacus.wallet.invoice;

import java.util.Locale;

/** Where an invoice stands, as {@link InvoiceMatcher} computes it. */
public enum InvoiceStatus {
  /** Nothing paid yet, not past due. */
  OPEN,
  /** Paid in full (at least the nominal amount, at most the amount to pay). */
  PAID,
  /** Some paid, the rest still owed, not past due. */
  PARTIAL,
  /** Paid more than the amount to pay. */
  OVERPAID,
  /** Past its due date and not paid in full. */
  LATE,
  /** Cancelled by the user; takes no payments. */
  CANCELLED;

  /** The lower-case name used in files and on the command line ("partial"). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The status of a lower-case name.
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public static InvoiceStatus of(String id) {
    for (InvoiceStatus s : values()) {
      if (s.id().equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown status '" + id + "' (open, paid, partial, overpaid, late, cancelled)");
  }
}
