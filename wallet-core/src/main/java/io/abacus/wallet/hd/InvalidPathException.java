package io.abacus.wallet.hd;

/** A derivation path that is malformed; the message says where and why. */
public final class InvalidPathException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidPathException(String message) {
    super(message);
  }
}
