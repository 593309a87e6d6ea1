package io.abacus.wallet.uri;

/** A malformed or unsupported {@code ethereum:} URI; the message says which part and why. */
public class InvalidPaymentUriException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidPaymentUriException(String message) {
    super(message);
  }
}
