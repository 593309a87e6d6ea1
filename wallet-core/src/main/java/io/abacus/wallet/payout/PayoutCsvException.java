package io.abacus.wallet.payout;

/** A payout CSV that cannot be read at all (as opposed to single invalid rows). */
public final class PayoutCsvException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public PayoutCsvException(String message) {
    super(message);
  }
}
