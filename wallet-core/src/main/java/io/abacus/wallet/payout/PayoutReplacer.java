package io.abacus.wallet.payout;

import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.fees.FeeOracle;
import io.abacus.wallet.fees.Speed;
import io.abacus.wallet.payout.JournalRow.Status;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.Receipt;
import io.abacus.wallet.send.Broadcaster;
import io.abacus.wallet.send.SafetyChecks;
import io.abacus.wallet.send.SafetyException;
import io.abacus.wallet.send.TransactionDrafts;
import io.abacus.wallet.signing.Signer;
import io.abacus.wallet.tx.SignedTransaction;
import io.abacus.wallet.tx.Transaction;
import io.abacus.wallet.tx.TransactionCodec;
import io.abacus.wallet.tx.TransactionSigner;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Speeds up or cancels a stuck row of a payout, as single payments are (same nonce, fees raised as
 * {@link TransactionDrafts#speedUp} / {@link TransactionDrafts#cancel} raise them), and writes the
 * replacement into the journal <em>before</em> broadcasting it: the row keeps its nonce, gets the
 * new hash and raw bytes, and keeps the replaced hash among its earlier hashes. A run resuming the
 * journal then treats the replacement as the row's transaction: it never sends the row again and
 * never asks about its nonce, and whichever of the two is mined is recorded (a mined cancel as
 * failed: nobody was paid). A row paid by a multi-send batch is replaced by replacing its batch,
 * which covers all the batch's rows. Not for use while a run of the same journal goes on (the run's
 * lock).
 */
public final class PayoutReplacer {
  private final NodeClient node;
  private final Broadcaster broadcaster;
  private final PayoutJournal journal;

  public PayoutReplacer(NodeClient node, Broadcaster broadcaster, PayoutJournal journal) {
    this.node = node;
    this.broadcaster = broadcaster;
    this.journal = journal;
  }

  /**
   * Re-sends row {@code index}'s transaction with higher fees.
   *
   * @return the row as written (signed, or broadcast once the node took it)
   * @throws SafetyException if the row has no pending transaction to replace
   * @throws IOException if the journal cannot be written (then nothing was broadcast)
   */
  public JournalRow speedUp(int index, Signer signer) throws IOException {
    int key = journal.keyOfRow(index);
    PayoutTx row = replaceable(key, signer);
    Transaction faster = TransactionDrafts.speedUp(original(row), fastFees());
    replace(key, row, faster, false, signer);
    return journal.row(index);
  }

  /**
   * Replaces row {@code index}'s transaction with a 0-value transfer to the payer: once that is
   * mined the recipient can no longer be paid by it, and the row is recorded as failed.
   *
   * @return the row as written
   * @throws SafetyException if the row has no pending transaction to replace
   * @throws IOException if the journal cannot be written (then nothing was broadcast)
   */
  public JournalRow cancel(int index, Signer signer) throws IOException {
    int key = journal.keyOfRow(index);
    PayoutTx row = replaceable(key, signer);
    Transaction cancel = TransactionDrafts.cancel(original(row), journal.from(), fastFees());
    replace(key, row, cancel, true, signer);
    return journal.row(index);
  }

  /** The index of the row of CSV line {@code line}. */
  public int indexOfLine(int line) {
    return IntStream.range(0, journal.rows().size())
        .filter(i -> journal.row(i).line() == line)
        .findFirst()
        .orElseThrow(() -> new SafetyException("the payout has no line " + line));
  }

  private void replace(int key, PayoutTx row, Transaction tx, boolean cancelling, Signer signer)
      throws IOException {
    SignedTransaction signed = TransactionSigner.sign(tx, signer);
    PayoutTx replaced = row.replacedBy(signed.hash(), signed.raw(), cancelling);
    journal.write(key, replaced); // written before it can reach the node
    broadcaster.broadcast(signed);
    journal.write(key, replaced.withStatus(Status.BROADCAST));
  }

  private PayoutTx replaceable(int key, Signer signer) {
    if (!signer.address().equals(journal.from())) {
      throw new SafetyException(
          "the key signs for " + signer.address() + ", not for the payer " + journal.from());
    }
    new SafetyChecks(node).requireChain(journal.chainId());
    PayoutTx row = journal.entry(key);
    if (row.status() != Status.SIGNED && row.status() != Status.BROADCAST) {
      throw new SafetyException(
          row.label() + " is " + row.status().label() + ": nothing to replace");
    }
    Optional<Receipt> mined = mined(row);
    if (mined.isPresent()) {
      throw new SafetyException(
          row.label()
              + " is already on chain (block "
              + mined.get().blockNumber()
              + "); run the payout to record it");
    }
    BigInteger used = node.transactionCount(journal.from(), "latest");
    if (used.compareTo(BigInteger.valueOf(row.nonce())) > 0) {
      throw new SafetyException(
          row.label()
              + ": nonce "
              + row.nonce()
              + " was used by another transaction; run the payout to decide about it");
    }
    return row;
  }

  private Optional<Receipt> mined(PayoutTx row) {
    for (String h : row.allHashes()) {
      Optional<Receipt> r = node.receipt(HexBytes.parse(h));
      if (r.isPresent()) {
        return r;
      }
    }
    return Optional.empty();
  }

  private static Transaction original(PayoutTx row) {
    return TransactionCodec.decode(HexBytes.parse(row.raw()).toBytes()).transaction();
  }

  private io.abacus.wallet.fees.Fees fastFees() {
    return new FeeOracle(node).suggest(Speed.FAST);
  }
}
