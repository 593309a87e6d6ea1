package io.abacus.app.payouts;

import io.abacus.app.payments.store.SentJournal;
import io.abacus.app.payments.store.SentRecord;
import io.abacus.app.payments.store.TxNote;
import io.abacus.app.payments.store.TxNotes;
import io.abacus.wallet.payout.JournalBatch;
import io.abacus.wallet.payout.JournalRow;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * Makes a payout's transactions show in Activity, grouped: each broadcast row is recorded in the
 * sent journal (as a payment from the app is) with the label "Payout <file> (N rows)" and the row's
 * reference as its note.
 */
final class PayoutActivity {
  private final SentJournal sent;
  private final TxNotes notes;
  private final long chainId;
  private final String from;
  private final String label;
  private final Set<String> recorded = new HashSet<>();

  PayoutActivity(SentJournal sent, TxNotes notes, long chainId, String from, String label) {
    this.sent = sent;
    this.notes = notes;
    this.chainId = chainId;
    this.from = from;
    this.label = label;
  }

  /**
   * Records {@code row} once it has reached the node; a row seen again is skipped. A row paid by a
   * multi-send {@code batch} (else null) is recorded as the batch: to the contract, its total,
   * once.
   */
  synchronized void seen(JournalRow row, JournalBatch batch) {
    if (row.hash() == null
        || row.status() == JournalRow.Status.SIGNED
        || row.status() == JournalRow.Status.PLANNED
        || !recorded.add(row.hash())) {
      return;
    }
    sent.record(
        new SentRecord(
            row.hash(),
            from,
            batch == null ? row.recipient() : batch.contract(),
            chainId,
            row.symbol(),
            row.token(),
            row.decimals(),
            batch == null ? row.units() : batch.units(),
            String.valueOf(row.nonce()),
            System.currentTimeMillis(),
            "PAYMENT",
            null));
    String note = batch == null ? row.reference() : batch.label();
    try {
      notes.put(new TxNote(row.hash(), label, note));
    } catch (IOException e) {
      // Only the grouping label is lost; the payment itself is in the journals.
      LoggerFactory.getLogger(PayoutActivity.class)
          .warn("could not label payout transaction {}: {}", row.hash(), e.toString());
    }
  }
}
