package io.abacus.app.cli.wallet;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.app.cli.common.AccountChoice;
import io.abacus.app.cli.common.NodeOptions;
import io.abacus.app.payments.activity.ChainHistory;
import io.abacus.app.tokens.AppTokens;
import io.abacus.explorer.account.AccountHistory;
import io.abacus.explorer.account.ActivityItem;
import io.abacus.explorer.rpc.BlockFetcher;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.contacts.AddressBook;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.RpcException;
import io.abacus.wallet.token.Erc20Reader;
import io.abacus.wallet.token.Token;
import io.abacus.wallet.token.TokenRegistry;
import io.abacus.wallet.vault.Wallet;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code abacus wallet activity}: an account's incoming and outgoing ETH and ERC-20 transfers, read
 * from the node itself (no explorer index), newest first.
 */
@Command(
    name = "activity",
    description =
        "List an account's ETH and token transfers, read from the node (no explorer index needed).",
    mixinStandardHelpOptions = true)
public final class ActivityCommand extends VaultCommand {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final int BATCH = 50;

  @Mixin NodeOptions node = new NodeOptions();

  @Option(names = "--wallet", required = true, paramLabel = "W", description = "Wallet name.")
  String walletName;

  @Option(
      names = "--account",
      required = true,
      paramLabel = "N|ADDR",
      description = "Account number (0 = first, as 'wallet accounts --all' lists them) or address.")
  String account;

  @Option(
      names = "--from-block",
      paramLabel = "N",
      description = "Watch the account from this block (default: the head at first use).")
  Long fromBlock;

  public ActivityCommand(CliContext context) {
    super(context);
  }

  @Override
  Integer run() throws IOException {
    if (fromBlock != null && fromBlock < 0) {
      throw new UserException("--from-block must not be negative");
    }
    Address address;
    try (Wallet wallet = open(walletName)) {
      address = AccountChoice.pick(wallet, account).address();
    }
    long chainId = node.requireChainId();
    try (JsonRpcClient client = node.json(TIMEOUT, Optional.empty())) {
      show(address, chainId, client);
    } catch (RpcException e) {
      throw new UserException(e.getMessage(), e);
    }
    return 0;
  }

  private void show(Address address, long chainId, JsonRpcClient client) throws IOException {
    Path data = root().dataDirectory();
    AccountHistory history =
        new AccountHistory(
            new BlockFetcher(client, BATCH),
            client,
            chainId,
            ChainHistory.stateFile(data, chainId));
    List<ActivityItem> items =
        history.sync(
            List.of(address),
            fromBlock == null ? OptionalLong.empty() : OptionalLong.of(fromBlock),
            this::progress,
            () -> false);
    Rows rows =
        new Rows(
            AppTokens.registry(data),
            network(data, chainId),
            new Erc20Reader(new NodeClient(client)),
            AddressBook.open(data.resolve("address-book.json")));
    print(items, rows);
  }

  private void progress(long scanned, long head, long from) {
    if (head > from) {
      context.err().printf("scanned block %d of %d%n", scanned, head);
      context.err().flush();
    }
  }

  private Network network(Path data, long chainId) {
    return node.network(data, chainId);
  }

  private void print(List<ActivityItem> items, Rows rows) throws IOException {
    if (json) {
      ObjectNode root = input.json();
      ArrayNode list = root.putArray("items");
      for (ActivityItem i : items) {
        list.add(rows.json(input.json(), i));
      }
      input.printJson(root);
      return;
    }
    if (items.isEmpty()) {
      context.out().println("no activity yet");
    }
    for (ActivityItem i : items) {
      context.out().println(rows.line(i));
    }
  }

  /** Turns items into output with token symbols, amounts in units and address-book labels. */
  private static final class Rows {
    private final TokenRegistry registry;
    private final Network network;
    private final Erc20Reader reader;
    private final AddressBook book;
    private final Map<String, Optional<Token>> tokens = new HashMap<>();

    Rows(TokenRegistry registry, Network network, Erc20Reader reader, AddressBook book) {
      this.registry = registry;
      this.network = network;
      this.reader = reader;
      this.book = book;
    }

    ObjectNode json(ObjectNode n, ActivityItem i) throws IOException {
      Optional<Token> token = token(i);
      n.put("hash", i.hash())
          .put("blockNumber", i.blockNumber())
          .put("time", Instant.ofEpochSecond(i.time()).toString())
          .put("direction", i.direction())
          .put("asset", i.asset())
          .put("symbol", symbol(i, token))
          .put("amount", amount(i, token))
          .put("counterparty", counterparty(i))
          .put("label", label(i).orElse(null))
          .put("fee", i.fee() == null ? null : Quantities.formatEther(i.fee()));
      return n;
    }

    String line(ActivityItem i) throws IOException {
      Optional<Token> token = token(i);
      String other = counterparty(i) == null ? "(new contract)" : counterparty(i);
      String label = label(i).map(l -> " (" + l + ")").orElse("");
      String fee = i.fee() == null ? "" : "  fee " + Quantities.formatEther(i.fee()) + " ETH";
      return String.format(
          "%s  #%d  %-4s  %s %s  %s %s%s%s  %s",
          Instant.ofEpochSecond(i.time()),
          i.blockNumber(),
          i.direction(),
          amount(i, token),
          symbol(i, token),
          "in".equals(i.direction()) ? "from" : "to",
          other,
          label,
          fee,
          i.hash());
    }

    private Optional<Token> token(ActivityItem i) throws IOException {
      if (i.isNative()) {
        return Optional.empty();
      }
      Optional<Token> known = tokens.get(i.asset());
      if (known == null) {
        known = registry.findOrRead(network, Address.parse(i.asset()), reader);
        tokens.put(i.asset(), known);
      }
      return known;
    }

    private static String symbol(ActivityItem i, Optional<Token> token) {
      return i.isNative() ? "ETH" : token.map(Token::symbol).orElse("?");
    }

    /** Amount in units: ETH, the token's decimals, or raw units for an unreadable token. */
    private static String amount(ActivityItem i, Optional<Token> token) {
      BigInteger raw = i.amount();
      return i.isNative()
          ? Quantities.formatEther(raw)
          : Quantities.format(raw, token.map(Token::decimals).orElse(0));
    }

    private static String counterparty(ActivityItem i) {
      return i.counterparty() == null ? null : Address.parse(i.counterparty()).toString();
    }

    private Optional<String> label(ActivityItem i) {
      return i.counterparty() == null
          ? Optional.empty()
          : book.label(Address.parse(i.counterparty()));
    }
  }
}
