package io.abacus.wallet.payout;

import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.payout.JournalRow.Status;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One multi-send transaction of a payout journal (version 3): a {@code disperse} paying every row
 * whose {@link JournalRow#batch()} is this {@code id} through the multi-send contract, or the
 * {@code approve} of a token to the contract that its disperse needs first (covering no row). Its
 * state fields mean what a {@link JournalRow}'s do; the journal copies them to the covered rows in
 * the same save.
 *
 * @param id the batch's number, its place in the journal's batch list
 * @param kind approve or disperse
 * @param contract the multi-send contract
 * @param token the token, or null for the native currency
 * @param units the approved amount, or the total paid, in base units (decimal text)
 * @param lines the CSV lines the batch pays (none for an approval)
 * @param status how far it got
 * @param nonce the nonce, once signed
 * @param hash the current signed version's hash, once signed
 * @param raw the current signed version's bytes, once signed
 * @param earlierHashes hashes of replaced versions
 * @param block the block that included it
 * @param fee the fee paid in wei (decimal text)
 * @param time when the outcome was seen
 * @param error why it failed or was re-planned
 * @param cancel true when the current version is a cancel
 */
public record JournalBatch(
    int id,
    Kind kind,
    String contract,
    String token,
    String units,
    List<Integer> lines,
    Status status,
    Long nonce,
    String hash,
    String raw,
    List<String> earlierHashes,
    Long block,
    String fee,
    String time,
    String error,
    Boolean cancel)
    implements PayoutTx {

  /** What a batch transaction does. */
  public enum Kind {
    /** {@code approve(contract, units)} on the token. */
    APPROVE,
    /** {@code disperseEther} or {@code disperseToken} on the contract. */
    DISPERSE
  }

  public JournalBatch {
    lines = lines == null ? List.of() : List.copyOf(lines);
    earlierHashes = earlierHashes == null ? List.of() : List.copyOf(earlierHashes);
  }

  /** A batch's transfer with transaction state {@code t}: the one place that spreads a state. */
  JournalBatch(
      int id,
      Kind kind,
      String contract,
      String token,
      String units,
      List<Integer> lines,
      TxState t) {
    this(
        id,
        kind,
        contract,
        token,
        units,
        lines,
        t.status(),
        t.nonce(),
        t.hash(),
        t.raw(),
        t.earlierHashes(),
        t.block(),
        t.fee(),
        t.time(),
        t.error(),
        t.cancel());
  }

  /** A planned batch. */
  public static JournalBatch planned(
      int id, Kind kind, String contract, String token, BigInteger units, List<Integer> lines) {
    return new JournalBatch(
        id,
        kind,
        contract,
        token,
        units.toString(),
        lines,
        Status.PLANNED,
        null,
        null,
        null,
        List.of(),
        null,
        null,
        null,
        null,
        null);
  }

  @Override
  public String label() {
    if (kind == Kind.APPROVE) {
      return "batch " + id + " (approval of " + token + " to " + contract + ")";
    }
    return "batch "
        + id
        + " (lines "
        + lines.stream().map(String::valueOf).collect(Collectors.joining(", "))
        + ")";
  }

  @Override
  public JournalBatch signed(long nonce, HexBytes hash, HexBytes raw) {
    return with(TxState.of(this).signed(nonce, hash, raw, null));
  }

  @Override
  public JournalBatch withStatus(Status s) {
    return with(TxState.of(this).withStatus(s));
  }

  @Override
  public JournalBatch mined(
      String minedHash, boolean success, long block, BigInteger fee, Instant at, String why) {
    return with(
        TxState.of(this)
            .mined(minedHash, success, block, fee, at, why, "cancelled: the batch paid nobody"));
  }

  @Override
  public JournalBatch replanned(String why) {
    return with(TxState.of(this).replanned(why));
  }

  @Override
  public JournalBatch replacedBy(HexBytes hash, HexBytes raw, boolean cancelling) {
    return with(TxState.of(this).replacedBy(hash, raw, cancelling));
  }

  private JournalBatch with(TxState t) {
    return new JournalBatch(id, kind, contract, token, units, lines, t);
  }
}
