package io.abacus.wallet.payout;

import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.payout.JournalRow.Status;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The transaction fields that a journal row and a multi-send batch share, and the steps that change
 * them: one place for the state machine of {@link PayoutTx}, so that {@link JournalRow} and {@link
 * JournalBatch} only carry what they pay. Each record keeps its fields flat (the journal's JSON is
 * unchanged) and takes a new state through its {@code with(TxState)}.
 *
 * @param status how far it got
 * @param nonce the nonce, once signed
 * @param hash the current signed version's hash, once signed
 * @param raw the current signed version's bytes, once signed (a row in a batch has none)
 * @param earlierHashes hashes of replaced versions
 * @param block the block that included it
 * @param fee the fee paid in wei (decimal text)
 * @param time when the outcome was seen
 * @param error why it failed or was re-planned
 * @param cancel true when the current version is a cancel
 */
record TxState(
    Status status,
    Long nonce,
    String hash,
    String raw,
    List<String> earlierHashes,
    Long block,
    String fee,
    String time,
    String error,
    Boolean cancel) {

  TxState {
    earlierHashes = earlierHashes == null ? List.of() : List.copyOf(earlierHashes);
  }

  /** The transaction fields of {@code tx}. */
  static TxState of(PayoutTx tx) {
    return new TxState(
        tx.status(),
        tx.nonce(),
        tx.hash(),
        tx.raw(),
        tx.earlierHashes(),
        tx.block(),
        tx.fee(),
        tx.time(),
        tx.error(),
        tx.cancel());
  }

  /** Every hash it was signed as, the current one last. */
  List<String> allHashes() {
    List<String> all = new ArrayList<>(earlierHashes);
    if (hash != null) {
      all.add(hash);
    }
    return all;
  }

  /**
   * Signed with {@code n}: the current hash joins the earlier ones when the new version replaces it
   * (same nonce).
   */
  TxState signed(long n, HexBytes h, HexBytes r, Boolean cancelling) {
    List<String> earlier = nonce != null && nonce == n ? allHashes() : earlierHashes;
    return new TxState(
        Status.SIGNED, n, h.toHex(), r.toHex(), earlier, null, null, null, null, cancelling);
  }

  /** Replaced by a speed-up or, when {@code cancelling}, a cancel with the same nonce. */
  TxState replacedBy(HexBytes h, HexBytes r, boolean cancelling) {
    return signed(nonce, h, r, cancelling || Boolean.TRUE.equals(cancel) ? Boolean.TRUE : null);
  }

  /** With status {@code s}, nothing else changed. */
  TxState withStatus(Status s) {
    return new TxState(s, nonce, hash, raw, earlierHashes, block, fee, time, error, cancel);
  }

  /**
   * Mined as {@code minedHash}: confirmed, or failed with {@code why}. A mined cancel (the current
   * hash of a cancelled version) paid nobody: failed with {@code cancelledError}.
   */
  TxState mined(
      String minedHash,
      boolean success,
      long inBlock,
      BigInteger paidFee,
      Instant at,
      String why,
      String cancelledError) {
    boolean cancelled = Boolean.TRUE.equals(cancel) && minedHash.equals(hash);
    return new TxState(
        success && !cancelled ? Status.CONFIRMED : Status.FAILED,
        nonce,
        minedHash,
        raw,
        earlierHashes,
        inBlock,
        paidFee.toString(),
        at.toString(),
        cancelled ? cancelledError : why,
        cancelled ? Boolean.TRUE : null);
  }

  /** Back to planned: its nonce went to another transaction; every hash it had is kept. */
  TxState replanned(String why) {
    return new TxState(Status.PLANNED, null, null, null, allHashes(), null, null, null, why, null);
  }
}
