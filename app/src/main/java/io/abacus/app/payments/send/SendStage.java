package io.abacus.app.payments.send;

/** Where the Send page is in the flow. */
public enum SendStage {
  /** Filling in recipient, asset, amount and fee. */
  FORM,
  /** Showing exactly what will be signed; waiting for the password. */
  REVIEW,
  /** Checking the password, signing and broadcasting. */
  SENDING,
  /** Broadcast; waiting for a block. */
  PENDING,
  /** In a block and successful. */
  CONFIRMED,
  /** Refused, failed on chain, dropped or replaced. */
  FAILED
}
