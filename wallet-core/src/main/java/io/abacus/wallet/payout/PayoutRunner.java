package io.abacus.wallet.payout;

import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.fees.FeeOracle;
import io.abacus.wallet.fees.Fees;
import io.abacus.wallet.fees.Speed;
import io.abacus.wallet.payout.JournalRow.Status;
import io.abacus.wallet.rpc.CallRequest;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.Receipt;
import io.abacus.wallet.rpc.RetryPolicy;
import io.abacus.wallet.rpc.RpcException;
import io.abacus.wallet.send.Broadcaster;
import io.abacus.wallet.send.SafetyChecks;
import io.abacus.wallet.send.SafetyException;
import io.abacus.wallet.signing.Signer;
import io.abacus.wallet.tx.SignedTransaction;
import io.abacus.wallet.tx.TransactionCodec;
import io.abacus.wallet.tx.TransactionSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Optional;

/**
 * Pays the rows of a {@link PayoutJournal}, or resumes paying them. Rows are signed with
 * consecutive nonces and broadcast in order, at most {@link Options#maxInFlight()} waiting for a
 * receipt at once. Each step is written to the journal before the next one, so that after a crash:
 *
 * <ul>
 *   <li>a planned row was never signed, so it cannot have been sent: it is signed now;
 *   <li>a signed or broadcast row is looked up by hash: mined rows are recorded, pending ones
 *       awaited, and ones the node no longer knows re-broadcast with the same bytes (same hash, so
 *       at most one of them can ever be mined);
 *   <li>a row whose nonce was used by another transaction is re-planned only if {@link
 *       Decisions#replan} agrees (a speed-up made elsewhere may have paid it already).
 * </ul>
 *
 * A multi-send journal's batch is one transaction for several rows and follows the same rules (a
 * batch on chain confirms or fails all its rows at once, a reverted one is not sent again); a
 * token's disperse is signed only once its approval is mined, as the node can only estimate it
 * then.
 *
 * <p>While the node does not answer the run pauses (reported to the {@link Listener}) and goes on
 * when it answers again, up to {@link Options#maxPause()}.
 */
public final class PayoutRunner {
  private final NodeClient node;
  private final Broadcaster broadcaster;
  private final PayoutJournal journal;
  private final Listener listener;
  private final Decisions decisions;
  private final Options options;
  private final RetryPolicy.Sleeper sleeper;
  private final PayoutTransactions transactions;
  private final Deque<Integer> inFlight = new ArrayDeque<>();

  /** Progress reports; called on the runner's thread. */
  public interface Listener {
    /** Row {@code index} of the journal changed to {@code row}. */
    void row(int index, JournalRow row);

    /** The node stopped answering; the run waits. */
    default void paused(String message) {}

    /** The node answers again. */
    default void resumed() {}
  }

  /** Questions the run asks the user. */
  @FunctionalInterface
  public interface Decisions {
    /**
     * Whether to sign {@code row}'s transaction again with a new nonce (for a batch: its first row;
     * for an approval: the first row of its disperse); {@code why} says what happened.
     */
    boolean replan(JournalRow row, String why);
  }

  /**
   * How to run.
   *
   * @param speed the fee preset
   * @param maxInFlight the most transactions waiting for a receipt at once
   * @param poll how often to ask for receipts (and for the node while it is down)
   * @param maxPause how long to wait for a node that does not answer before stopping
   */
  public record Options(Speed speed, int maxInFlight, Duration poll, Duration maxPause) {
    public static Options defaults() {
      return new Options(Speed.NORMAL, 16, Duration.ofSeconds(1), Duration.ofMinutes(5));
    }
  }

  /** The rows' counts at the end of a run. */
  public record Summary(int paid, int failed, int rows) {}

  public PayoutRunner(
      NodeClient node,
      Broadcaster broadcaster,
      PayoutJournal journal,
      Listener listener,
      Decisions decisions,
      Options options,
      RetryPolicy.Sleeper sleeper) {
    this.node = node;
    this.broadcaster = broadcaster;
    this.journal = journal;
    this.listener = listener;
    this.decisions = decisions;
    this.options = options;
    this.sleeper = sleeper;
    this.transactions = new PayoutTransactions(node);
  }

  /**
   * Pays every row not yet final, signing with {@code signer}.
   *
   * @throws SafetyException if the signer is not the journal's payer or the node is on another
   *     chain
   * @throws PayoutStoppedException when the run stops early; the journal holds where it got to
   */
  public Summary run(Signer signer) {
    if (!signer.address().equals(journal.from())) {
      throw new SafetyException(
          "the key signs for " + signer.address() + ", not for the payer " + journal.from());
    }
    retry(
        () -> {
          new SafetyChecks(node).requireChain(journal.chainId());
          return null;
        });
    journal.keys().stream()
        .filter(k -> journal.entry(k).nonce() != null && !journal.entry(k).status().isFinal())
        .sorted(Comparator.comparing(k -> journal.entry(k).nonce()))
        .forEach(this::reconcile);
    Fees fees = retry(() -> new FeeOracle(node).suggest(options.speed()));
    BigInteger nonce = null;
    do { // a row re-planned while the last ones settle is signed in the next round
      for (Integer i = nextPlanned(); i != null; i = nextPlanned()) {
        awaitApproval(i);
        while (inFlight.size() >= options.maxInFlight()) {
          settle(inFlight.peekFirst());
        }
        if (nonce == null) {
          nonce = retry(() -> node.transactionCount(journal.from(), "pending")).max(afterJournal());
        }
        sign(i, nonce, fees, signer);
        nonce = nonce.add(BigInteger.ONE);
        broadcast(i);
      }
      while (!inFlight.isEmpty()) {
        settle(inFlight.peekFirst());
      }
    } while (nextPlanned() != null);
    return summary();
  }

  /** The counts of the journal's rows. */
  public Summary summary() {
    int paid = (int) journal.rows().stream().filter(r -> r.status() == Status.CONFIRMED).count();
    int failed = (int) journal.rows().stream().filter(r -> r.status() == Status.FAILED).count();
    return new Summary(paid, failed, journal.rows().size());
  }

  /** The nonce after the highest one the journal used (a node may not count its pool). */
  private BigInteger afterJournal() {
    return journal.keys().stream()
        .map(journal::entry)
        .filter(r -> r.nonce() != null)
        .map(r -> BigInteger.valueOf(r.nonce() + 1))
        .max(Comparator.naturalOrder())
        .orElse(BigInteger.ZERO);
  }

  /** The key of the first transaction still planned, or null. */
  private Integer nextPlanned() {
    return journal.keys().stream()
        .filter(k -> journal.entry(k).status() == Status.PLANNED)
        .findFirst()
        .orElse(null);
  }

  /**
   * Before a token's disperse: waits for every transaction in flight (its approval among them), and
   * stops if the approval failed (the disperse could only revert).
   */
  private void awaitApproval(int key) {
    Optional<JournalBatch> approval = MultiSendBatches.approvalBefore(journal, key);
    if (approval.isEmpty()) {
      return;
    }
    while (!inFlight.isEmpty()) {
      settle(inFlight.peekFirst());
    }
    JournalBatch now = journal.batch(approval.get().id()); // as the settled receipts left it
    if (now.status() == Status.FAILED) {
      throw new PayoutStoppedException(
          now.label()
              + " failed ("
              + now.error()
              + "): "
              + journal.entry(key).label()
              + " is not sent; pay those rows without multi-send",
          null);
    }
  }

  /** A row signed before this run: record it if mined, await it if pending, else send it again. */
  private void reconcile(int i) {
    if (!checkOnce(i)) {
      inFlight.addLast(i);
    }
  }

  /** Waits until row {@code i} is final (or re-planned), then takes it off the in-flight list. */
  private void settle(int i) {
    while (!checkOnce(i)) {
      pause(options.poll());
    }
    inFlight.remove(i);
  }

  /** Looks row {@code i} up once; true when it is final or back to planned. */
  private boolean checkOnce(int i) {
    PayoutTx row = journal.entry(i);
    Optional<Receipt> receipt = receipt(row);
    if (receipt.isPresent()) {
      recordMined(i, receipt.get());
      return true;
    }
    HexBytes hash = HexBytes.parse(row.hash());
    if (retry(() -> node.transaction(hash)).isPresent()) {
      if (row.status() == Status.SIGNED) {
        write(i, row.withStatus(Status.BROADCAST));
      }
      return false;
    }
    BigInteger used = retry(() -> node.transactionCount(journal.from(), "latest"));
    if (used.compareTo(BigInteger.valueOf(row.nonce())) <= 0) {
      broadcast(i); // the node lost it (or never got it): the same bytes again
      return false;
    }
    pause(options.poll()); // a receipt may have appeared between the questions
    if (receipt(journal.entry(i)).isPresent()) {
      return checkOnce(i);
    }
    nonceTaken(i);
    return true;
  }

  private Optional<Receipt> receipt(PayoutTx row) {
    for (String h : row.allHashes()) {
      Optional<Receipt> r = retry(() -> node.receipt(HexBytes.parse(h)));
      if (r.isPresent()) {
        return r;
      }
    }
    return Optional.empty();
  }

  private void recordMined(int i, Receipt r) {
    BigInteger price = r.effectiveGasPrice() == null ? BigInteger.ZERO : r.effectiveGasPrice();
    String why = r.success() ? null : r.revertReason().orElse("the transaction reverted");
    write(
        i,
        journal
            .entry(i)
            .mined(
                r.transactionHash().toHex(),
                r.success(),
                r.blockNumber().longValueExact(),
                r.gasUsed().multiply(price),
                Instant.now(),
                why));
  }

  private void nonceTaken(int i) {
    PayoutTx row = journal.entry(i);
    String who =
        journal.rowsOf(i).stream()
            .map(r -> journal.row(r).recipient())
            .reduce((a, b) -> a + ", " + b)
            .orElse("nobody");
    String why =
        row.label()
            + ": nonce "
            + row.nonce()
            + " was used by another transaction, not by "
            + row.hash()
            + "; if that was a speed-up of it made elsewhere, "
            + who
            + (i >= 0 ? " is" : " are")
            + " already paid";
    if (!decisions.replan(journal.row(MultiSendBatches.firstRowOf(journal, i)), why)) {
      throw new PayoutStoppedException(why + "; not re-planned, run again to decide", null);
    }
    write(i, row.replanned(why));
  }

  private void sign(int i, BigInteger nonce, Fees fees, Signer signer) {
    PayoutTx row = journal.entry(i);
    CallRequest call = PayoutTransactions.call(journal, i);
    BigInteger gas = retry(() -> transactions.gasLimit(call));
    SignedTransaction signed =
        TransactionSigner.sign(
            PayoutTransactions.transaction(journal.chainId(), nonce, fees, gas, call), signer);
    write(i, row.signed(nonce.longValueExact(), signed.hash(), signed.raw()));
  }

  /** Broadcasts row {@code i}'s recorded bytes and records that the node has them. */
  private void broadcast(int i) {
    PayoutTx row = journal.entry(i);
    SignedTransaction signed = TransactionCodec.decode(HexBytes.parse(row.raw()).toBytes());
    try {
      retry(() -> broadcaster.broadcast(signed));
    } catch (RpcException e) {
      throw new PayoutStoppedException(
          row.label()
              + ": the node refused the transaction ("
              + e.getMessage()
              + "); fix that and run again to resume",
          e);
    }
    if (journal.entry(i).status() == Status.SIGNED) {
      write(i, journal.entry(i).withStatus(Status.BROADCAST));
    }
    if (!inFlight.contains(i)) {
      inFlight.addLast(i);
    }
  }

  /** Writes transaction {@code key} (with the rows it covers) and reports each of its rows. */
  private void write(int key, PayoutTx tx) {
    try {
      journal.write(key, tx);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the payout journal " + journal.file(), e);
    }
    for (int r : journal.rowsOf(key)) {
      listener.row(r, journal.row(r));
    }
  }

  /** Runs a node step again while the node does not answer, up to {@link Options#maxPause()}. */
  private <T> T retry(java.util.function.Supplier<T> step) {
    Instant since = null;
    while (true) {
      try {
        T result = step.get();
        if (since != null) {
          listener.resumed();
        }
        return result;
      } catch (RpcException e) {
        if (!e.isTransient()) {
          throw e;
        }
        if (since == null) {
          since = Instant.now();
          listener.paused(
              "the node does not answer (" + e.getMessage() + "); paused, trying again");
        } else if (Duration.between(since, Instant.now()).compareTo(options.maxPause()) > 0) {
          throw new PayoutStoppedException(
              "the node has not answered for "
                  + options.maxPause().toSeconds()
                  + " s; stopped, every row's state is in "
                  + journal.file()
                  + ": run again to resume",
              e);
        }
        pause(options.poll());
      }
    }
  }

  private void pause(Duration d) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PayoutStoppedException("interrupted; run again to resume", e);
    }
  }
}
