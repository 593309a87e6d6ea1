package io.abacus.wallet.tx;

/**
 * A transaction (or its file, or its raw encoding) is malformed or inconsistent. The message says
 * which field and why. This is the only exception the decoders and parsers throw for bad input.
 */
public class InvalidTransactionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidTransactionException(String message) {
    super(message);
  }

  public InvalidTransactionException(String message, Throwable cause) {
    super(message, cause);
  }
}
