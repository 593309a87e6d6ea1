package io.abacus.wallet.send;

import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.fees.FeeOracle;
import io.abacus.wallet.fees.Fees;
import io.abacus.wallet.fees.Speed;
import io.abacus.wallet.nonce.PendingStore;
import io.abacus.wallet.nonce.PendingTransaction;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.signing.Signer;
import io.abacus.wallet.tx.SignedTransaction;
import io.abacus.wallet.tx.Transaction;
import io.abacus.wallet.tx.TransactionCodec;

/**
 * Speeds up or cancels one of the wallet's pending transactions by replacing it: same nonce, fees
 * raised by at least 10 % (or to the current fast preset if higher).
 */
public final class Replacer {
  private final NodeClient node;
  private final PendingStore pending;
  private final PaymentSender sender;
  private final Broadcaster broadcaster;

  public Replacer(
      NodeClient node, PendingStore pending, PaymentSender sender, Broadcaster broadcaster) {
    this.node = node;
    this.pending = pending;
    this.sender = sender;
    this.broadcaster = broadcaster;
  }

  /** Re-sends the same transaction with higher fees. */
  public SignedTransaction speedUp(HexBytes hash, Signer signer) {
    SignedTransaction original = pendingOriginal(hash, signer);
    Transaction faster = TransactionDrafts.speedUp(original.transaction(), currentFees());
    return sender.signAndBroadcast(faster, signer);
  }

  /** Replaces the transaction with a 0-value transfer to the sender itself. */
  public SignedTransaction cancel(HexBytes hash, Signer signer) {
    SignedTransaction original = pendingOriginal(hash, signer);
    Transaction cancel =
        TransactionDrafts.cancel(original.transaction(), original.from(), currentFees());
    return sender.signAndBroadcast(cancel, signer);
  }

  private Fees currentFees() {
    return new FeeOracle(node).suggest(Speed.FAST);
  }

  private SignedTransaction pendingOriginal(HexBytes hash, Signer signer) {
    PendingTransaction own =
        pending.pending(signer.address(), node.chainId()).stream()
            .filter(p -> p.hash().equals(hash))
            .findFirst()
            .orElseThrow(
                () ->
                    new SafetyException(
                        "transaction "
                            + hash
                            + " is not one of this wallet's pending transactions from "
                            + signer.address()));
    TxStatus status = broadcaster.status(hash, own.from(), own.nonce());
    if (!(status instanceof TxStatus.Pending)) {
      throw new SafetyException(
          "transaction "
              + hash
              + " is no longer pending ("
              + describe(status)
              + "); nothing to replace");
    }
    return TransactionCodec.decode(own.raw().toBytes());
  }

  static String describe(TxStatus status) {
    if (status instanceof TxStatus.Mined m) {
      return "mined in block " + m.receipt().blockNumber();
    }
    if (status instanceof TxStatus.Replaced) {
      return "replaced";
    }
    if (status instanceof TxStatus.Dropped) {
      return "dropped by the node";
    }
    return status instanceof TxStatus.Pending ? "pending" : "unknown to the node";
  }
}
