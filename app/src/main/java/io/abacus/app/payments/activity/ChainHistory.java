package io.abacus.app.payments.activity;

import io.abacus.app.payments.Asset;
import io.abacus.explorer.account.AccountHistory;
import io.abacus.explorer.account.HistoryProgress;
import io.abacus.explorer.rpc.BlockFetcher;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.NodeConnection;
import io.abacus.wallet.token.Erc20Reader;
import io.abacus.wallet.token.Token;
import io.abacus.wallet.token.TokenRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;

/**
 * The account's incoming and outgoing ETH and ERC-20 transfers read from the node itself with
 * {@link AccountHistory} (no explorer index), watched from the account's first use on the network.
 * The state file is the one the command line's {@code abacus wallet activity} uses, so both show
 * the same history. Token symbols and decimals come from the token registry, else from the token.
 */
public final class ChainHistory implements HistorySource {
  private static final int BATCH = 50;

  private final Path dataDirectory;
  private final TokenRegistry tokens;

  /**
   * @param dataDirectory the data folder that holds the state files
   * @param tokens the token registry
   */
  public ChainHistory(Path dataDirectory, TokenRegistry tokens) {
    this.dataDirectory = dataDirectory;
    this.tokens = tokens;
  }

  /** The state file of a chain: {@code <data>/wallet/activity/chain-<id>.json}. */
  public static Path stateFile(Path dataDirectory, long chainId) {
    return dataDirectory
        .resolve("wallet")
        .resolve("activity")
        .resolve("chain-" + chainId + ".json");
  }

  @Override
  public List<ActivityItem> history(
      Network network,
      NodeClient node,
      Address account,
      HistoryProgress progress,
      BooleanSupplier cancelled)
      throws IOException {
    // The one chain check of the node layer, before anything is written to the chain's state file.
    new NodeConnection(node.json(), network.chainId(), network.name()).requireChain();
    long chainId = network.chainId();
    AccountHistory history =
        new AccountHistory(
            new BlockFetcher(node.json(), BATCH),
            node.json(),
            chainId,
            stateFile(dataDirectory, chainId));
    // The Sandbox is a short local chain the user's test money arrives on before they ever open
    // Activity ("Get test ETH"): read it from its first block. On other chains the history starts
    // at the account's first use on the network (recorded by AccountHistory).
    OptionalLong from =
        network.kind() == Network.Kind.SANDBOX ? OptionalLong.of(0) : OptionalLong.empty();
    List<io.abacus.explorer.account.ActivityItem> found =
        history.sync(List.of(account), from, progress, cancelled);
    long head = node.blockNumber().longValueExact();
    Map<String, Optional<Token>> known = new HashMap<>();
    Erc20Reader reader = new Erc20Reader(node);
    List<ActivityItem> out = new ArrayList<>();
    for (io.abacus.explorer.account.ActivityItem i : found) {
      Asset asset = asset(network, i, known, reader);
      out.add(item(network, i, asset, head));
    }
    return out;
  }

  private Asset asset(
      Network network,
      io.abacus.explorer.account.ActivityItem i,
      Map<String, Optional<Token>> known,
      Erc20Reader reader)
      throws IOException {
    if (i.isNative()) {
      return Asset.nativeOf(network);
    }
    Address contract = Address.parse(i.asset());
    Optional<Token> token = known.get(i.asset());
    if (token == null) {
      token = tokens.findOrRead(network, contract, reader);
      known.put(i.asset(), token);
    }
    return token.map(Asset::of).orElse(new Asset("token " + contract, contract, 0));
  }

  private static ActivityItem item(
      Network network, io.abacus.explorer.account.ActivityItem i, Asset asset, long head) {
    ActivityItem.Direction dir =
        switch (i.direction()) {
          case "out" -> ActivityItem.Direction.OUT;
          case "self" -> ActivityItem.Direction.SELF;
          default -> ActivityItem.Direction.IN;
        };
    return new ActivityItem(
        Instant.ofEpochSecond(i.time()),
        dir,
        i.counterparty() == null ? "" : Address.parse(i.counterparty()).toString(),
        "",
        asset.symbol(),
        asset.format(i.amount()),
        i.fee() == null ? "" : Asset.nativeOf(network).format(i.fee()),
        i.hash(),
        ActivityItem.Status.CONFIRMED,
        Math.max(0, head - i.blockNumber() + 1),
        "",
        "",
        null);
  }
}
