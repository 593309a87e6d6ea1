package io.abacus.wallet.payout;

/**
 * An error or warning about a payout.
 *
 * @param line the CSV line it concerns, or 0 for the payout as a whole (a total over a balance)
 * @param message one line for the user
 */
public record Problem(int line, String message) {
  @Override
  public String toString() {
    return line > 0 ? "line " + line + ": " + message : message;
  }
}
