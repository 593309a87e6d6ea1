package io.abacus.wallet.payout;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One row of a payout journal: the CSV row as written, what it resolved to, and how far paying it
 * got. Immutable; each step makes a new row that the journal saves before the next step.
 *
 * @param line the CSV line
 * @param to the {@code to} cell as written (address or address-book name)
 * @param amount the {@code amount} cell as written
 * @param asset the {@code asset} cell as written
 * @param reference the {@code reference} cell
 * @param recipient the resolved recipient address
 * @param token the token contract, or null for the native currency
 * @param symbol the asset's symbol
 * @param decimals the asset's decimals
 * @param units the amount in base units (decimal text)
 * @param status how far the row got
 * @param nonce the nonce of the signed transaction, once signed
 * @param hash the signed transaction's hash, once signed
 * @param raw the signed transaction's bytes (0x-hex), once signed; re-broadcast as they are
 * @param earlierHashes hashes of earlier signed versions (replaced by a speed-up)
 * @param block the block that included it, once confirmed or failed on chain
 * @param fee the fee paid in wei (decimal text), once on chain
 * @param time when the outcome was seen (ISO-8601), once final
 * @param error why the row failed or was re-planned, or null
 * @param cancel true when the current transaction is a cancel (a 0-value transfer to the payer
 *     replacing the payment), else null
 * @param batch the {@link JournalBatch#id()} of the multi-send batch that pays the row, or null
 *     when it is paid by a transaction of its own; a batched row's state fields copy the batch's
 *     (its fee is its share, see {@link PayoutJournal}) and it has no raw bytes of its own
 */
public record JournalRow(
    int line,
    String to,
    String amount,
    String asset,
    String reference,
    String recipient,
    String token,
    String symbol,
    int decimals,
    String units,
    Status status,
    Long nonce,
    String hash,
    String raw,
    List<String> earlierHashes,
    Long block,
    String fee,
    String time,
    String error,
    Boolean cancel,
    Integer batch)
    implements PayoutTx {

  /** How far paying a row got. */
  public enum Status {
    /** Checked, nothing signed: sending it cannot have happened. */
    PLANNED,
    /** Signed and recorded; it may or may not have reached the node. */
    SIGNED,
    /** The node accepted it; waiting for a receipt. */
    BROADCAST,
    /** Mined with status 1: the recipient is paid. */
    CONFIRMED,
    /** Mined but reverted: the recipient is not paid, the fee is spent. */
    FAILED;

    /** Lower-case name, as the journal and the command line write it. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether nothing more will happen to the row. */
    public boolean isFinal() {
      return this == CONFIRMED || this == FAILED;
    }
  }

  public JournalRow {
    earlierHashes = earlierHashes == null ? List.of() : List.copyOf(earlierHashes);
  }

  /** A row's payment with transaction state {@code t}: the one place that spreads a state. */
  JournalRow(
      int line,
      String to,
      String amount,
      String asset,
      String reference,
      String recipient,
      String token,
      String symbol,
      int decimals,
      String units,
      TxState t,
      Integer batch) {
    this(
        line,
        to,
        amount,
        asset,
        reference,
        recipient,
        token,
        symbol,
        decimals,
        units,
        t.status(),
        t.nonce(),
        t.hash(),
        t.raw(),
        t.earlierHashes(),
        t.block(),
        t.fee(),
        t.time(),
        t.error(),
        t.cancel(),
        batch);
  }

  /** A planned row for {@code item}. */
  public static JournalRow planned(PayoutItem item) {
    PayoutRow r = item.row();
    return new JournalRow(
        r.line(),
        r.to(),
        r.amount(),
        r.asset(),
        r.reference(),
        item.to().toString(),
        item.asset().token().map(Address::toString).orElse(null),
        item.asset().symbol(),
        item.asset().decimals(),
        item.units().toString(),
        Status.PLANNED,
        null,
        null,
        null,
        List.of(),
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** The row as a payable item again. */
  public PayoutItem item() {
    PayoutAsset a =
        new PayoutAsset(Optional.ofNullable(token).map(Address::parse), symbol, decimals);
    return new PayoutItem(
        new PayoutRow(line, to, amount, asset, reference),
        Address.parse(recipient),
        a,
        new BigInteger(units),
        0);
  }

  /**
   * Signed with {@code nonce}; an earlier signed version's hash is kept in {@code earlierHashes}.
   */
  @Override
  public JournalRow signed(long nonce, HexBytes hash, HexBytes raw) {
    return withTx(TxState.of(this).signed(nonce, hash, raw, null), batch);
  }

  @Override
  public JournalRow withStatus(Status s) {
    return withTx(TxState.of(this).withStatus(s), batch);
  }

  /**
   * On chain in {@code block} as {@code minedHash} (confirmed, or failed with {@code why}). A mined
   * cancel (the current hash of a cancelled row) paid nobody: it is recorded as failed.
   */
  @Override
  public JournalRow mined(
      String minedHash, boolean success, long block, BigInteger fee, Instant at, String why) {
    String cancelled = "cancelled: " + recipient + " was not paid";
    return withTx(
        TxState.of(this).mined(minedHash, success, block, fee, at, why, cancelled), batch);
  }

  /**
   * Back to planned: its nonce went to another transaction, so its signed bytes can never be mined.
   */
  @Override
  public JournalRow replanned(String why) {
    return withTx(TxState.of(this).replanned(why), batch);
  }

  /**
   * Replaced by {@code hash} / {@code raw} with the same nonce (a speed-up, or a cancel when {@code
   * cancelling}): signed again, the replaced hash kept in {@code earlierHashes} so that whichever
   * of them is mined is recorded.
   */
  @Override
  public JournalRow replacedBy(HexBytes hash, HexBytes raw, boolean cancelling) {
    return withTx(TxState.of(this).replacedBy(hash, raw, cancelling), batch);
  }

  @Override
  public String label() {
    return "line " + line;
  }

  /**
   * The row as batch {@code b} stands: its status, nonce, hash, block, time and error, and {@code
   * feeShare} (wei, decimal text, or null) as its fee; no raw bytes of its own.
   */
  public JournalRow following(JournalBatch b, String feeShare) {
    return withTx(
        new TxState(
            b.status(),
            b.nonce(),
            b.hash(),
            null,
            b.earlierHashes(),
            b.block(),
            b.status().isFinal() ? feeShare : null,
            b.time(),
            b.error(),
            b.cancel()),
        b.id());
  }

  /** This row's payment (line, recipient, asset, amount) with the given transaction state. */
  private JournalRow withTx(TxState t, Integer batchId) {
    return new JournalRow(
        line, to, amount, asset, reference, recipient, token, symbol, decimals, units, t, batchId);
  }
}
