package io.abacus.explorer.statement;

import io.abacus.explorer.account.ActivityItem;
import io.abacus.explorer.account.HistoryProgress;
import io.abacus.explorer.db.Checkpoint;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.query.AddressQueries;
import io.abacus.explorer.query.Cursor;
import io.abacus.explorer.query.ExplorerQueries;
import io.abacus.explorer.query.HistoryFilter;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.wallet.address.Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Movements read from an explorer index (its address history with token transfers), derived as
 * {@link NodeMovements} derives them from the node: ETH in and out of successful transactions,
 * ERC-20 transfers, and each own transaction's fee on its ETH movement, else on its first token
 * movement, else on an "out" of 0 ETH. The index must hold the whole period, for the node's chain,
 * with the node's hashes at the period's ends.
 */
public final class IndexMovements implements MovementSource {
  private static final int PAGE = 1_000;

  private final ExplorerDatabase db;
  private final long chainId;

  /**
   * @param db the index
   * @param chainId the node's chain id
   */
  public IndexMovements(ExplorerDatabase db, long chainId) {
    this.db = db;
    this.chainId = chainId;
  }

  @Override
  public List<ActivityItem> movements(
      List<Address> accounts,
      ChainBlocks.Header first,
      ChainBlocks.Header last,
      HistoryProgress progress) {
    try (ExplorerQueries q = new ExplorerQueries(db, 0);
        AddressQueries history = new AddressQueries(db)) {
      covers(q, first, last);
      List<ActivityItem> out = new ArrayList<>();
      Map<Long, String> blockHashes = new HashMap<>();
      for (Address a : accounts.stream().distinct().toList()) {
        Cursor next = null;
        do {
          QueryRecords.HistoryPage page =
              history.history(
                  a, HistoryFilter.none().withBlocks(first.number(), last.number()), PAGE, next);
          for (QueryRecords.HistoryItem i : page.items()) {
            String blockHash =
                blockHashes.computeIfAbsent(
                    i.blockNumber(), n -> q.block(n).orElseThrow().hash().toLowerCase(Locale.ROOT));
            out.addAll(new Tx(i, a.toLowerHex(), blockHash).items(q));
          }
          next = page.next();
        } while (next != null);
      }
      progress.caughtUpTo(last.number(), last.number(), first.number());
      out.sort(
          Comparator.comparingLong(ActivityItem::blockNumber)
              .thenComparing(ActivityItem::hash)
              .thenComparing(ActivityItem::account)
              .thenComparing(ActivityItem::asset)
              .thenComparingInt(ActivityItem::logIndex));
      return NodeMovements.once(out);
    }
  }

  /** Throws (one line) unless the index holds the period of this chain as the node has it. */
  private void covers(ExplorerQueries q, ChainBlocks.Header first, ChainBlocks.Header last) {
    Checkpoint c = q.checkpoint().filter(k -> !k.isEmpty()).orElse(null);
    if (c == null) {
      throw new IllegalArgumentException("the index holds no blocks yet");
    }
    if (c.chainId() != chainId) {
      throw new IllegalArgumentException(
          "the index is of chain " + c.chainId() + ", the node serves " + chainId);
    }
    if (first.number() < c.firstBlock() || last.number() > c.nextBlock() - 1) {
      throw new IllegalArgumentException(
          "the index holds blocks "
              + c.firstBlock()
              + ".."
              + (c.nextBlock() - 1)
              + ", not the whole period "
              + first.number()
              + ".."
              + last.number());
    }
    for (ChainBlocks.Header h : List.of(first, last)) {
      String indexed = q.block(h.number()).map(QueryRecords.Block::hash).orElse("");
      if (!indexed.equalsIgnoreCase(h.hash())) {
        throw new IllegalArgumentException(
            "block " + h.number() + " of the index is not the node's (a reorg?); update the index");
      }
    }
  }

  /** One indexed transaction seen by one account. */
  private record Tx(QueryRecords.HistoryItem i, String account, String blockHash) {
    List<ActivityItem> items(ExplorerQueries q) {
      String from = lower(i.from());
      String to = lower(i.to());
      boolean ok = i.status() == null || i.status() != 0;
      BigInteger value = ok && i.value() != null ? i.value() : BigInteger.ZERO;
      List<ActivityItem> out = new ArrayList<>();
      if (to != null && !to.equals(from) && value.signum() > 0 && account.equals(to)) {
        out.add(item(from, to, ActivityItem.ETH, value, -1, null));
      }
      List<QueryRecords.TokenTransfer> erc20 =
          i.tokenTransfers().stream().filter(t -> t.standard() == 20).toList();
      for (QueryRecords.TokenTransfer t : erc20) {
        if (account.equals(lower(t.from()))) {
          out.add(token(t));
        }
      }
      for (QueryRecords.TokenTransfer t : erc20) {
        if (!account.equals(lower(t.from())) && account.equals(lower(t.to()))) {
          out.add(token(t));
        }
      }
      if (account.equals(from)) {
        BigInteger fee = q.transaction(i.hash()).orElseThrow().fee();
        int carrier = value.signum() == 0 ? firstToken(out) : -1;
        if (carrier >= 0) {
          out.set(carrier, withFee(out.get(carrier), fee));
        } else {
          out.add(item(from, to, ActivityItem.ETH, value, -1, fee));
        }
      }
      return out;
    }

    private static int firstToken(List<ActivityItem> items) {
      for (int k = 0; k < items.size(); k++) {
        if (!items.get(k).isNative()) {
          return k;
        }
      }
      return -1;
    }

    private ActivityItem token(QueryRecords.TokenTransfer t) {
      return item(lower(t.from()), lower(t.to()), lower(t.token()), t.value(), t.logIndex(), null);
    }

    private ActivityItem item(
        String from, String to, String asset, BigInteger amount, int logIndex, BigInteger fee) {
      boolean sent = account.equals(from);
      boolean received = account.equals(to);
      String direction = sent && received ? "self" : sent ? "out" : "in";
      String counterparty = "self".equals(direction) ? account : sent ? to : from;
      return new ActivityItem(
          i.hash().toLowerCase(Locale.ROOT),
          i.blockNumber(),
          blockHash,
          i.timestamp().getEpochSecond(),
          account,
          direction,
          asset,
          amount,
          counterparty,
          logIndex,
          fee);
    }

    private static ActivityItem withFee(ActivityItem a, BigInteger fee) {
      return new ActivityItem(
          a.hash(),
          a.blockNumber(),
          a.blockHash(),
          a.time(),
          a.account(),
          a.direction(),
          a.asset(),
          a.amount(),
          a.counterparty(),
          a.logIndex(),
          fee);
    }

    private static String lower(Address a) {
      return a == null ? null : a.toLowerHex();
    }
  }
}
