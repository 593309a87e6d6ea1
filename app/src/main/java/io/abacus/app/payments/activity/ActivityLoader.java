package io.abacus.app.payments.activity;

import io.abacus.app.payments.Asset;
import io.abacus.app.payments.PaymentsContext;
import io.abacus.app.payments.store.SentRecord;
import io.abacus.app.payments.store.TxNote;
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
import java.util.Map;

/** Builds the activity list of one account: its own sent transactions plus indexed history. */
final class ActivityLoader {
  private final PaymentsContext ctx;

  ActivityLoader(PaymentsContext ctx) {
    this.ctx = ctx;
  }

  /** Blocking: reads the journal, asks the node about each, merges the history source. */
  List<ActivityItem> load(Address account) throws Exception {
    Network network = ctx.node().network();
    NodeClient node = ctx.node().client();
    Broadcaster broadcaster = ctx.node().broadcaster(node);
    Map<String, TxNote> notes = ctx.notes().all();
    Map<String, ActivityItem> byHash = new LinkedHashMap<>();
    for (ActivityItem h : ctx.history().history(network, account.toString())) {
      byHash.put(h.hash().toLowerCase(java.util.Locale.ROOT), h);
    }
    for (SentRecord r : ctx.journal().of(account.toString(), network.chainId())) {
      TxStatus status =
          broadcaster.status(HexBytes.parse(r.hash()), account, new BigInteger(r.nonce()));
      byHash.put(r.hash().toLowerCase(java.util.Locale.ROOT), sent(r, status, network));
    }
    List<ActivityItem> out = new ArrayList<>();
    for (ActivityItem item : byHash.values()) {
      TxNote n = notes.get(item.hash().toLowerCase(java.util.Locale.ROOT));
      ActivityItem labelled = labelled(item, ctx.addressBook());
      out.add(n == null ? labelled : labelled.withNote(n.label(), n.note()));
    }
    out.sort(Comparator.comparing(ActivityItem::time).reversed());
    return out;
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
