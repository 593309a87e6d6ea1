package io.abacus.app.payments.activity;

import io.abacus.app.explorer.IndexLocations;
import io.abacus.app.payments.Asset;
import io.abacus.explorer.db.Checkpoint;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.query.AddressQueries;
import io.abacus.explorer.query.ExplorerQueries;
import io.abacus.explorer.query.HistoryFilter;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.token.TokenRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The account's history from the explorer's index of the network ({@code
 * <data>/indexes/<network-id>.sqlite}), when the user has indexed it: received payments and token
 * transfers the wallet did not send itself. One item per transaction; a token transfer that
 * involves the account is shown in preference to a zero ETH value.
 */
public final class ExplorerHistory implements HistorySource {
  /** How many of the newest transactions to list. */
  static final int LIMIT = 500;

  private final Path dataDirectory;
  private final TokenRegistry tokens;

  public ExplorerHistory(Path dataDirectory, TokenRegistry tokens) {
    this.dataDirectory = dataDirectory;
    this.tokens = tokens;
  }

  /** The index file of a network. */
  public Path indexOf(String networkId) {
    return IndexLocations.of(dataDirectory, networkId);
  }

  @Override
  public List<ActivityItem> history(Network network, String account) throws Exception {
    long chainId = network.chainId();
    Path file = indexOf(network.id());
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    Address me = Address.parse(account);
    List<Asset> known = Asset.allOf(network, tokens);
    List<ActivityItem> out = new ArrayList<>();
    ExplorerDatabase db = ExplorerDatabase.open(file);
    try (AddressQueries addresses = new AddressQueries(db);
        ExplorerQueries queries = new ExplorerQueries(db, 0)) {
      Optional<Checkpoint> checkpoint = queries.checkpoint();
      if (checkpoint.isEmpty() || checkpoint.get().chainId() != chainId) {
        return List.of();
      }
      long head = checkpoint.get().nextBlock() - 1;
      QueryRecords.HistoryPage page = addresses.history(me, HistoryFilter.none(), LIMIT, null);
      for (QueryRecords.HistoryItem h : page.items()) {
        Optional<QueryRecords.Transaction> tx = queries.transaction(h.hash());
        if (tx.isPresent()) {
          out.add(item(me, tx.get(), head, known));
        }
      }
    }
    return out;
  }

  private static ActivityItem item(
      Address me, QueryRecords.Transaction t, long head, List<Asset> known) {
    Optional<QueryRecords.TokenTransfer> transfer =
        t.tokenTransfers().stream()
            .filter(x -> x.standard() == 20 && (me.equals(x.from()) || me.equals(x.to())))
            .findFirst();
    Address from;
    Address to;
    String symbol;
    String amount;
    if (transfer.isPresent() && t.value().signum() == 0) {
      QueryRecords.TokenTransfer x = transfer.get();
      Asset asset =
          known.stream()
              .filter(a -> x.token().equals(a.token()))
              .findFirst()
              .orElse(new Asset("token " + x.token(), x.token(), 0));
      from = x.from();
      to = x.to();
      symbol = asset.symbol();
      amount = asset.format(x.value());
    } else {
      from = t.from();
      to = t.to();
      symbol = "ETH";
      amount = new Asset("ETH", null, 18).format(t.value());
    }
    ActivityItem.Direction dir =
        me.equals(from) && me.equals(to)
            ? ActivityItem.Direction.SELF
            : me.equals(from) ? ActivityItem.Direction.OUT : ActivityItem.Direction.IN;
    Address other = dir == ActivityItem.Direction.IN ? from : to;
    boolean paidFee = me.equals(t.from());
    return new ActivityItem(
        t.timestamp(),
        dir,
        other == null ? "" : other.toString(),
        "",
        symbol,
        amount,
        paidFee && t.fee() != null ? new Asset("ETH", null, 18).format(t.fee()) : "",
        t.hash(),
        t.status() == null || t.status() == 1
            ? ActivityItem.Status.CONFIRMED
            : ActivityItem.Status.FAILED,
        Math.max(0, head - t.blockNumber() + 1),
        "",
        "",
        null);
  }
}
