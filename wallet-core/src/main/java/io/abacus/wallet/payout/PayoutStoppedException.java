package io.abacus.wallet.payout;

/**
 * A payout run stopped before every row was final: the node stayed unreachable, refused a
 * transaction, or a row's nonce was taken and the user did not agree to re-plan it. The journal
 * holds every row's state; running again resumes.
 */
public final class PayoutStoppedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PayoutStoppedException(String message, Throwable cause) {
    super(message, cause);
  }
}
