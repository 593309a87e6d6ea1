package io.abacus.app.payments.activity;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.Asset;
import io.abacus.app.payments.PaymentsContext;
import io.abacus.app.payments.store.SentRecord;
import io.abacus.app.payments.store.TxNote;
import io.abacus.app.task.Progress;
import io.abacus.app.task.TaskContext;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.contacts.AddressBook;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.Receipt;
import io.abacus.wallet.send.Broadcaster;
import io.abacus.wallet.send.TxStatus;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the activity list of one account: its own sent transactions plus the history the node
 * shows (received payments, token transfers). One line per transaction and asset; the wallet's own
 * record wins over the same movement found on the chain.
 */
final class ActivityLoader {
  private final PaymentsContext ctx;
  private final I18n i18n;

  ActivityLoader(PaymentsContext ctx, I18n i18n) {
    this.ctx = ctx;
    this.i18n = i18n;
  }

  /**
   * Blocking: catches up the history source, reads the journal, asks the node about each own
   * transaction and merges both.
   */
  List<ActivityItem> load(Address account, TaskContext task) throws Exception {
    Network network = ctx.node().network();
    NodeClient node = ctx.node().client();
    Broadcaster broadcaster = ctx.node().broadcaster(node);
    Map<String, TxNote> notes = ctx.notes().all();
    Map<String, ActivityItem> byKey = new LinkedHashMap<>();
    for (ActivityItem h :
        ctx.history()
            .history(
                network,
                node,
                account,
                (scanned, head, from) -> progress(task, scanned, head, from),
                task::isCancelled)) {
      byKey.put(key(h), h);
    }
    for (SentRecord r : ctx.journal().of(account.toString(), network.chainId())) {
      TxStatus status =
          broadcaster.status(HexBytes.parse(r.hash()), account, new BigInteger(r.nonce()));
      ActivityItem own = sent(r, status, network);
      byKey.put(key(own), own);
    }
    List<ActivityItem> out = new ArrayList<>();
    for (ActivityItem item : byKey.values()) {
      TxNote n = notes.get(item.hash().toLowerCase(Locale.ROOT));
      ActivityItem labelled = labelled(item, ctx.addressBook());
      out.add(n == null ? labelled : labelled.withNote(n.label(), n.note()));
    }
    // Newest first in chain order: pending items on top, then by confirmations (fewer = later
    // block). Times cannot order them: a sent item carries this computer's clock, a received one
    // its block's timestamp, and the two disagree by seconds.
    out.sort(
        Comparator.comparing((ActivityItem i) -> i.confirmations() > 0)
            .thenComparingLong(ActivityItem::confirmations)
            .thenComparing(Comparator.comparing(ActivityItem::time).reversed()));
    return out;
  }

  private void progress(TaskContext task, long scanned, long head, long from) {
    if (head > from) {
      double fraction = (double) (scanned - from + 1) / (head - from + 1);
      task.progress(new Progress(fraction, i18n.format("activity.catchingUp", scanned, head)));
    }
  }

  /** One line per transaction and asset. */
  private static String key(ActivityItem i) {
    return i.hash().toLowerCase(Locale.ROOT) + "/" + i.asset();
  }

  private static ActivityItem sent(SentRecord r, TxStatus status, Network network) {
    ActivityItem.Status s = ActivityItem.Status.UNKNOWN;
    long confirmations = 0;
    String fee = "";
    if (status instanceof TxStatus.Mined m) {
      Receipt receipt = m.receipt();
      s = receipt.success() ? ActivityItem.Status.CONFIRMED : ActivityItem.Status.FAILED;
      confirmations = m.confirmations().longValue();
      if (receipt.effectiveGasPrice() != null) {
        fee =
            new Asset(network.currencySymbol(), null, network.decimals())
                .format(receipt.gasUsed().multiply(receipt.effectiveGasPrice()));
      }
    } else if (status instanceof TxStatus.Pending) {
      s = ActivityItem.Status.PENDING;
    } else if (status instanceof TxStatus.Replaced) {
      s = ActivityItem.Status.REPLACED;
    } else if (status instanceof TxStatus.Dropped) {
      s = ActivityItem.Status.DROPPED;
    }
    ActivityItem.Direction dir =
        r.to().equalsIgnoreCase(r.from())
            ? ActivityItem.Direction.SELF
            : ActivityItem.Direction.OUT;
    String amount = new Asset(r.symbol(), null, r.decimals()).format(new BigInteger(r.amount()));
    return new ActivityItem(
        Instant.ofEpochMilli(r.timeMillis()),
        dir,
        r.to(),
        "",
        r.symbol(),
        amount,
        fee,
        r.hash(),
        s,
        confirmations,
        "",
        "",
        r);
  }

  private static ActivityItem labelled(ActivityItem i, AddressBook book) {
    if (i.counterparty() == null || i.counterparty().isEmpty()) {
      return i;
    }
    String label;
    try {
      label = book.label(Address.parse(i.counterparty())).orElse("");
    } catch (IllegalArgumentException e) {
      label = "";
    }
    return new ActivityItem(
        i.time(),
        i.direction(),
        i.counterparty(),
        label,
        i.asset(),
        i.amount(),
        i.fee(),
        i.hash(),
        i.status(),
        i.confirmations(),
        i.label(),
        i.note(),
        i.sent());
  }
}
