package io.abacus.app.payments.activity;

import io.abacus.app.payments.store.SentRecord;
import java.time.Instant;

/**
 * One line of the Activity page and of its CSV export.
 *
 * @param time when it was sent or mined (UTC)
 * @param direction OUT, IN or SELF
 * @param counterparty the other side's address (EIP-55)
 * @param counterpartyLabel its address-book name, or empty
 * @param asset ETH or the token symbol
 * @param amount exact decimal amount
 * @param fee fee paid in the native unit (exact), empty when not ours or not yet known
 * @param hash transaction hash
 * @param status where it stands
 * @param confirmations blocks including and on top of its block (0 while pending)
 * @param label the user's label
 * @param note the user's note
 * @param sent the wallet's own record, or null for received or indexed items
 */
public record ActivityItem(
    Instant time,
    Direction direction,
    String counterparty,
    String counterpartyLabel,
    String asset,
    String amount,
    String fee,
    String hash,
    Status status,
    long confirmations,
    String label,
    String note,
    SentRecord sent) {

  /** Which way the value went, seen from the selected account. */
  public enum Direction {
    OUT,
    IN,
    SELF
  }

  /** Where a transaction stands. */
  public enum Status {
    PENDING,
    CONFIRMED,
    FAILED,
    REPLACED,
    DROPPED,
    UNKNOWN
  }

  /** True for the wallet's own transactions that are still pending (speed up / cancel apply). */
  public boolean replaceable() {
    return sent != null && status == Status.PENDING;
  }

  public ActivityItem withNote(String newLabel, String newNote) {
    return new ActivityItem(
        time,
        direction,
        counterparty,
        counterpartyLabel,
        asset,
        amount,
        fee,
        hash,
        status,
        confirmations,
        newLabel,
        newNote,
        sent);
  }
}
