package io.abacus.wallet.send;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.nonce.PendingStore;
import io.abacus.wallet.nonce.PendingTransaction;
import io.abacus.wallet.rpc.CallRequest;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.Receipt;
import io.abacus.wallet.rpc.RetryPolicy;
import io.abacus.wallet.rpc.RevertReason;
import io.abacus.wallet.rpc.RpcException;
import io.abacus.wallet.rpc.TransactionInfo;
import io.abacus.wallet.tx.SignedTransaction;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends signed transactions exactly once, follows them to a receipt and reports what happened. A
 * send whose answer was lost is never repeated silently: the node is asked whether it knows the
 * hash, and if it does not, the caller gets an error saying the outcome is unknown.
 */
public final class Broadcaster {
  private final NodeClient node;
  private final PendingStore pending;
  private final RetryPolicy.Sleeper sleeper;

  public Broadcaster(NodeClient node, PendingStore pending, RetryPolicy.Sleeper sleeper) {
    this.node = node;
    this.pending = pending;
    this.sleeper = sleeper;
  }

  /**
   * Sends {@code tx} once and remembers it as pending. If the node refuses or does not answer but
   * knows the transaction's hash, the transaction counts as sent.
   *
   * @throws SafetyException if the node is on another chain than the transaction
   * @throws RpcException if the node refused it, or the outcome is unknown
   */
  public HexBytes broadcast(SignedTransaction tx) {
    new SafetyChecks(node).requireChain(tx.transaction().chainId(), "refusing to broadcast");
    HexBytes hash;
    try {
      hash = node.sendRawTransaction(tx.raw());
    } catch (RpcException e) {
      // The same signed bytes are idempotent: if the node already has this hash (an earlier
      // attempt whose answer was lost, or a second broadcast), that counts as sent.
      boolean known =
          (e.isTransient() || e.kind() == RpcException.Kind.NODE_ERROR)
              && node.transaction(tx.hash()).isPresent();
      if (!known) {
        throw e.isTransient()
            ? new RpcException(
                e.kind(),
                e.getMessage()
                    + "; it is not known whether the node accepted "
                    + tx.hash()
                    + " (not resent): check with 'tx status'",
                e)
            : e;
      }
      hash = tx.hash();
    }
    if (!hash.equals(tx.hash())) {
      throw new RpcException(
          RpcException.Kind.MALFORMED_RESPONSE,
          "the node reported hash " + hash + " for transaction " + tx.hash());
    }
    pending.add(
        new PendingTransaction(
            hash, tx.from(), tx.transaction().chainId(), tx.transaction().nonce(), tx.raw()));
    return hash;
  }

  /**
   * The status of {@code hash}; {@code from} and {@code nonce} (if known) tell replaced from
   * dropped.
   */
  public TxStatus status(HexBytes hash, Address from, BigInteger nonce) {
    Optional<Receipt> receipt = node.receipt(hash);
    if (receipt.isPresent()) {
      pending.remove(hash);
      Receipt r = receipt.get();
      BigInteger confirmations =
          node.blockNumber().subtract(r.blockNumber()).add(BigInteger.ONE).max(BigInteger.ZERO);
      Optional<String> reason = r.success() ? Optional.empty() : revertReason(r);
      return new TxStatus.Mined(r, confirmations, reason);
    }
    Optional<TransactionInfo> info = node.transaction(hash);
    if (info.isPresent()) {
      return new TxStatus.Pending();
    }
    if (from == null || nonce == null) {
      return new TxStatus.NotFound();
    }
    pending.remove(hash);
    BigInteger mined = node.transactionCount(from, "latest");
    return mined.compareTo(nonce) > 0 ? new TxStatus.Replaced(nonce) : new TxStatus.Dropped(nonce);
  }

  /**
   * Polls until {@code hash} is mined with {@code confirmations} confirmations, or is replaced or
   * dropped, or {@code timeout} passes (then returns the last status, usually Pending).
   */
  public TxStatus await(
      HexBytes hash,
      Address from,
      BigInteger nonce,
      int confirmations,
      Duration timeout,
      Duration poll) {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      TxStatus s = status(hash, from, nonce);
      boolean done =
          s instanceof TxStatus.Mined m && m.confirmations().intValue() >= confirmations
              || s instanceof TxStatus.Replaced
              || s instanceof TxStatus.Dropped;
      if (done || Instant.now().isAfter(deadline)) {
        return s;
      }
      try {
        sleeper.sleep(poll);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return s;
      }
    }
  }

  /** The node's receipt reason, else the reason a replay of the call at that block gives. */
  private Optional<String> revertReason(Receipt r) {
    if (r.revertReason().isPresent()) {
      return r.revertReason();
    }
    Optional<TransactionInfo> tx = node.transaction(r.transactionHash());
    if (tx.isEmpty()) {
      return Optional.empty();
    }
    TransactionInfo t = tx.get();
    try {
      node.call(
          new CallRequest(t.from(), t.to(), t.value(), t.input()),
          "0x" + r.blockNumber().subtract(BigInteger.ONE).max(BigInteger.ZERO).toString(16));
      return Optional.empty();
    } catch (RpcException e) {
      if (e.kind() != RpcException.Kind.NODE_ERROR) {
        return Optional.empty();
      }
      return RevertReason.fromErrorData(e.data()).or(() -> Optional.of(e.getMessage()));
    }
  }
}
