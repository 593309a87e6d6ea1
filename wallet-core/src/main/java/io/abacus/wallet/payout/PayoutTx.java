package io.abacus.wallet.payout;

import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.payout.JournalRow.Status;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;

/**
 * One transaction a payout journal records: a row paid on its own ({@link JournalRow}) or a
 * multi-send batch or its token approval ({@link JournalBatch}). Immutable; each step makes a new
 * one that the journal saves before the next step.
 */
public interface PayoutTx {
  /** How far it got. */
  Status status();

  /** Its nonce, once signed. */
  Long nonce();

  /** The current signed version's hash, once signed. */
  String hash();

  /** The current signed version's bytes (0x-hex), once signed. */
  String raw();

  /** The hashes of its earlier signed versions (replaced, or signed before a re-plan). */
  List<String> earlierHashes();

  /** The block that included it. */
  Long block();

  /** The fee paid in wei (decimal text). */
  String fee();

  /** When the outcome was seen. */
  String time();

  /** Why it failed or was re-planned. */
  String error();

  /** True when the current version is a cancel. */
  Boolean cancel();

  /** Every hash it was signed as, the current one last. */
  default List<String> allHashes() {
    return TxState.of(this).allHashes();
  }

  /** How messages name it: {@code line 5}, or {@code batch 1 (lines 2, 5)}. */
  String label();

  /** Signed with {@code nonce}. */
  PayoutTx signed(long nonce, HexBytes hash, HexBytes raw);

  /** With status {@code s}, nothing else changed. */
  PayoutTx withStatus(Status s);

  /** On chain in {@code block} as {@code minedHash}; see {@link JournalRow#mined}. */
  PayoutTx mined(
      String minedHash, boolean success, long block, BigInteger fee, Instant at, String why);

  /** Back to planned: its nonce went to another transaction. */
  PayoutTx replanned(String why);

  /** Replaced by a speed-up or, when {@code cancelling}, a cancel with the same nonce. */
  PayoutTx replacedBy(HexBytes hash, HexBytes raw, boolean cancelling);
}
