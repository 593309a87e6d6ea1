package io.abacus.explorer.statement;

import io.abacus.explorer.account.AccountHistory;
import io.abacus.explorer.account.ActivityItem;
import io.abacus.explorer.account.HistoryProgress;
import io.abacus.explorer.rpc.BlockFetcher;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.rpc.JsonRpcClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Movements read from the node alone ({@link AccountHistory#scanRange}). A token transfer between
 * two watched accounts (or an account and itself) is found by both log queries; it is kept once,
 * with its fee.
 */
public final class NodeMovements implements MovementSource {
  private static final int BATCH = 50;

  private final JsonRpcClient client;

  /**
   * @param client the node
   */
  public NodeMovements(JsonRpcClient client) {
    this.client = client;
  }

  @Override
  public List<ActivityItem> movements(
      List<Address> accounts,
      ChainBlocks.Header first,
      ChainBlocks.Header last,
      HistoryProgress progress) {
    return once(
        new AccountHistory(new BlockFetcher(client, BATCH), client)
            .scanRange(accounts, first.number(), last.number(), progress));
  }

  /** Each movement once (by key), in the given order, the copy with a fee preferred. */
  static List<ActivityItem> once(List<ActivityItem> items) {
    Map<String, ActivityItem> byKey = new LinkedHashMap<>();
    for (ActivityItem i : items) {
      byKey.merge(i.key(), i, (had, dup) -> had.fee() == null && dup.fee() != null ? dup : had);
    }
    return new ArrayList<>(byKey.values());
  }
}
