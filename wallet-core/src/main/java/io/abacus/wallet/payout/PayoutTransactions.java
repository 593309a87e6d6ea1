package io.abacus.wallet.payout;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.fees.Fees;
import io.abacus.wallet.fees.GasEstimator;
import io.abacus.wallet.rpc.CallRequest;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.send.PaymentPlanner;
import io.abacus.wallet.send.TransactionDrafts;
import io.abacus.wallet.tx.Erc20Calldata;
import io.abacus.wallet.tx.Transaction;
import java.math.BigInteger;
import java.util.List;

/**
 * The transaction of one payout row (a plain transfer, or an ERC-20 {@code transfer} call) or of a
 * multi-send batch.
 */
final class PayoutTransactions {
  private final NodeClient node;

  PayoutTransactions(NodeClient node) {
    this.node = node;
  }

  /** The gas limit for paying {@code item}: the node's estimate plus the usual margin. */
  BigInteger gasLimit(Address from, PayoutItem item) {
    return new GasEstimator(node, PaymentPlanner.GAS_MARGIN_PERCENT).gasLimit(call(from, item));
  }

  /** The gas limit for {@code call}: the node's estimate plus the usual margin. */
  BigInteger gasLimit(CallRequest call) {
    return new GasEstimator(node, PaymentPlanner.GAS_MARGIN_PERCENT).gasLimit(call);
  }

  /** The unsigned transaction making {@code c} with {@code nonce} and {@code fees}. */
  static Transaction transaction(
      long chainId, BigInteger nonce, Fees fees, BigInteger gasLimit, CallRequest c) {
    return TransactionDrafts.of(chainId, nonce, fees, gasLimit, c.to(), c.value(), c.data());
  }

  /** The call of transaction {@code key} of {@code journal} (a row's payment, or a batch). */
  static CallRequest call(PayoutJournal journal, int key) {
    if (key >= 0) {
      return call(journal.from(), journal.row(key).item());
    }
    JournalBatch b = (JournalBatch) journal.entry(key);
    List<JournalRow> rows = journal.rowsOf(key).stream().map(journal::row).toList();
    return MultiSendBatches.call(journal.from(), b, rows);
  }

  static CallRequest call(Address from, PayoutItem item) {
    if (item.asset().isNative()) {
      return new CallRequest(from, item.to(), item.units(), HexBytes.EMPTY);
    }
    return new CallRequest(
        from,
        item.asset().token().get(),
        BigInteger.ZERO,
        Erc20Calldata.transfer(item.to(), item.units()));
  }
}
