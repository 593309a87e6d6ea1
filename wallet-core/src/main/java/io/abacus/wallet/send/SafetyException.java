package io.abacus.wallet.send;

/**
 * Signing or sending was refused before anything left the wallet: wrong chain, insufficient funds,
 * a signer that does not match the transaction's sender.
 */
public class SafetyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SafetyException(String message) {
    super(message);
  }
}
