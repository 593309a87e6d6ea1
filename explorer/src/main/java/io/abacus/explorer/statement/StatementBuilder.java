package io.abacus.explorer.statement;

import io.abacus.explorer.account.ActivityItem;
import io.abacus.explorer.account.HistoryProgress;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.statement.Statement;
import io.abacus.wallet.statement.StatementTotals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds a statement of account for a block range: the movements from a {@link MovementSource} (the
 * node itself or an explorer index covering the period), the boundary blocks and the balances
 * ({@code eth_getBalance} and {@code balanceOf} at the boundary blocks) from the node, so that a
 * verifier with its own node (or index) derives the same.
 */
public final class StatementBuilder {
  private final JsonRpcClient client;
  private final long chainId;
  private final String chainName;
  private final MovementSource source;

  /**
   * Movements from the node itself.
   *
   * @param client the node (its chain id already checked by the caller)
   * @param chainId the chain's id
   * @param chainName the network's name, written into the statement
   */
  public StatementBuilder(JsonRpcClient client, long chainId, String chainName) {
    this(client, chainId, chainName, new NodeMovements(client));
  }

  /**
   * @param client the node, for the period's blocks and the balances
   * @param chainId the chain's id
   * @param chainName the network's name, written into the statement
   * @param source where the movements come from (the node or an explorer index)
   */
  public StatementBuilder(
      JsonRpcClient client, long chainId, String chainName, MovementSource source) {
    this.client = client;
    this.chainId = chainId;
    this.chainName = chainName;
    this.source = source;
  }

  /**
   * The statement of {@code accounts} over blocks {@code from..to}.
   *
   * @param tokens tokens whose balances to show even if they did not move (ETH always is)
   * @param labels the creator's names for counterparties (lower-case address in)
   * @param progress told after every scanned chunk
   * @throws IllegalArgumentException (one line) when the range is not on the node
   * @throws io.abacus.wallet.rpc.RpcException when the node fails
   */
  public Statement build(
      List<Address> accounts,
      long from,
      long to,
      List<Address> tokens,
      Function<String, Optional<String>> labels,
      HistoryProgress progress) {
    ChainBlocks blocks = new ChainBlocks(client);
    if (from < 1 || to < from) {
      throw new IllegalArgumentException("the period must be blocks 1 <= from <= to");
    }
    long head = blocks.head();
    if (to > head) {
      throw new IllegalArgumentException("block " + to + " is not mined yet (head " + head + ")");
    }
    ChainBlocks.Header first = blocks.header(from).orElseThrow();
    ChainBlocks.Header last = blocks.header(to).orElseThrow();
    List<ActivityItem> items = source.movements(accounts, first, last, progress);
    StatementRows rows = new StatementRows(new NodeClient(client));
    Set<String> assetIds = new LinkedHashSet<>();
    assetIds.add(Statement.ETH);
    tokens.forEach(t -> assetIds.add(t.toLowerHex()));
    items.forEach(i -> assetIds.add(i.asset()));
    Map<String, Statement.Asset> assets = new LinkedHashMap<>();
    assetIds.forEach(a -> assets.put(a, rows.asset(a)));
    List<String> accountIds = accounts.stream().map(Address::toLowerHex).distinct().toList();
    List<Statement.Balance> balances = new ArrayList<>();
    for (String account : accountIds) {
      for (Statement.Asset asset : assets.values()) {
        balances.add(
            new Statement.Balance(
                account,
                asset.asset(),
                Quantities.format(rows.balance(account, asset.asset(), from - 1), asset.decimals()),
                Quantities.format(rows.balance(account, asset.asset(), to), asset.decimals())));
      }
    }
    List<Statement.Movement> movements = new ArrayList<>();
    for (ActivityItem i : items) {
      String label = i.counterparty() == null ? null : labels.apply(i.counterparty()).orElse(null);
      movements.add(StatementRows.movement(i, assets.get(i.asset()).decimals(), label));
    }
    List<Statement.Asset> assetList = List.copyOf(assets.values());
    StatementTotals totals = StatementTotals.of(movements, assetList);
    return new Statement(
        Statement.FORMAT,
        chainId,
        chainName,
        accountIds,
        new Statement.Period(
            from, first.hash(), first.time().toString(), to, last.hash(), last.time().toString()),
        assetList,
        balances,
        movements,
        totals.totals(),
        totals.months(),
        totals.counterparties());
  }
}
