package io.abacus.app.cli.invoice;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.app.cli.common.NodeOptions;
import io.abacus.app.cli.common.SavedNetworks;
import io.abacus.app.invoices.InvoiceSync;
import io.abacus.app.tokens.AppTokens;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.invoice.IncomingPayment;
import io.abacus.wallet.invoice.Invoice;
import io.abacus.wallet.invoice.Matching;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.RpcException;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.token.Erc20Reader;
import io.abacus.wallet.token.Token;
import io.abacus.wallet.vault.Vault;
import io.abacus.wallet.vault.VaultException;
import io.abacus.wallet.vault.Wallet;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code invoice sync}: reads new incoming payments and updates the invoices' statuses. */
@Command(
    name = "sync",
    mixinStandardHelpOptions = true,
    description =
        "Read new incoming payments to the invoices' addresses (and a wallet's accounts) from the"
            + " node and match them.")
public final class InvoiceSyncCommand extends InvoiceBase {
  @Mixin NodeOptions node = new NodeOptions();

  @Option(
      names = "--wallet",
      paramLabel = "W",
      description = "Also list unassigned money that reached this wallet's other accounts.")
  String walletName;

  @Option(
      names = "--password-file",
      paramLabel = "P",
      description = "With --wallet: file with the wallet password, or - (default: prompt).")
  String passwordFile;

  @Option(
      names = "--confirmations",
      paramLabel = "N",
      description =
          "Blocks a payment needs (its own included) before it counts (default: the"
              + " Confirmations of Settings, 1 unless changed).")
  Integer confirmations;

  public InvoiceSyncCommand(CliContext context) {
    super(context);
  }

  @Override
  Integer run() throws IOException {
    int needed =
        confirmations != null
            ? confirmations
            : new SavedNetworks(dataDirectory()).load().invoicing().confirmations();
    if (needed < 1) {
      throw new UserException("--confirmations must be at least 1");
    }
    List<Address> accounts = walletName == null ? List.of() : accounts();
    long chainId = node.requireChainId();
    try (JsonRpcClient client = node.json(Duration.ofSeconds(30), Optional.empty())) {
      Matching m =
          new InvoiceSync(dataDirectory(), book())
              .sync(client, chainId, accounts, needed, today(), this::progress, () -> false);
      print(m, chainId, new NodeClient(client));
    } catch (RpcException e) {
      throw new UserException(e.getMessage(), e);
    }
    return 0;
  }

  private List<Address> accounts() {
    Vault vault = Vault.inDataFolder(dataDirectory());
    char[] password =
        input.password(passwordFile, "--password-file", "Password of wallet " + walletName);
    try (Wallet wallet = vault.open(walletName, password)) {
      return wallet.accounts().stream().map(Account::address).toList();
    } catch (VaultException e) {
      throw new UserException(e.getMessage(), e);
    } finally {
      SecretBytes.wipe(password);
    }
  }

  private void progress(long scanned, long head, long from) {
    if (head - from > 1000) {
      context.err().printf("scanned block %d of %d%n", scanned, head);
      context.err().flush();
    }
  }

  private void print(Matching m, long chainId, NodeClient client) throws IOException {
    Units units = new Units(m, node.network(dataDirectory(), chainId), client);
    if (json) {
      ObjectNode root = input.json().put("matched", m.matchedCount());
      ArrayNode list = root.putArray("unassigned");
      for (IncomingPayment p : m.unassigned()) {
        list.addObject()
            .put("hash", p.hash())
            .put("from", p.from().isEmpty() ? "" : Address.parse(p.from()).toString())
            .put(
                "asset",
                p.asset().equals(Invoice.ETH) ? Invoice.ETH : Address.parse(p.asset()).toString())
            .put("amount", units.format(p))
            .put("to", Address.parse(p.to()).toString())
            .put("blockNumber", p.blockNumber());
      }
      root.put("pending", m.pending().size());
      input.printJson(root);
      return;
    }
    context.out().printf("%d payments count for invoices%n", m.matchedCount());
    if (!m.pending().isEmpty()) {
      context.out().printf("%d payments wait for confirmations%n", m.pending().size());
    }
    for (IncomingPayment p : m.unassigned()) {
      context
          .out()
          .printf(
              "unassigned: %s %s from %s  %s%n",
              units.format(p), units.symbol(p), p.from(), p.hash());
    }
  }

  /** Amounts of unassigned payments in units: the invoices' decimals, else the token's. */
  private final class Units {
    private final Map<String, Optional<Token>> tokens = new HashMap<>();
    private final Map<String, Invoice> byAsset = new HashMap<>();
    private final Network network;
    private final NodeClient client;

    Units(Matching m, Network network, NodeClient client) {
      m.invoices().forEach(s -> byAsset.putIfAbsent(s.invoice().asset(), s.invoice()));
      this.network = network;
      this.client = client;
    }

    String format(IncomingPayment p) throws IOException {
      if (p.asset().equals(Invoice.ETH)) {
        return Quantities.formatEther(p.amount());
      }
      if (byAsset.containsKey(p.asset())) {
        return Quantities.format(p.amount(), byAsset.get(p.asset()).decimals());
      }
      return Quantities.format(p.amount(), token(p).map(Token::decimals).orElse(0));
    }

    String symbol(IncomingPayment p) throws IOException {
      if (p.asset().equals(Invoice.ETH)) {
        return Invoice.ETH;
      }
      return token(p).map(Token::symbol).orElse(p.asset());
    }

    private Optional<Token> token(IncomingPayment p) throws IOException {
      Optional<Token> known = tokens.get(p.asset());
      if (known == null) {
        known =
            AppTokens.registry(dataDirectory())
                .findOrRead(network, Address.parse(p.asset()), new Erc20Reader(client));
        tokens.put(p.asset(), known);
      }
      return known;
    }
  }
}
