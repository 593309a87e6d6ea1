package io.abacus.app.cli.invoice;

import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.app.cli.common.AccountChoice;
import io.abacus.app.cli.common.NodeOptions;
import io.abacus.app.invoices.InvoiceUris;
import io.abacus.app.invoices.LineItemText;
import io.abacus.app.payments.Asset;
import io.abacus.app.tokens.AppTokens;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.invoice.Invoice;
import io.abacus.wallet.invoice.InvoiceDraft;
import io.abacus.wallet.invoice.LineItem;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.RpcException;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.token.Erc20Reader;
import io.abacus.wallet.token.TokenRegistry;
import io.abacus.wallet.vault.Vault;
import io.abacus.wallet.vault.VaultException;
import io.abacus.wallet.vault.Wallet;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code invoice create}: a new invoice with its unique amount and payment URI. */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    description = "Create an invoice; the exact amount to pay carries a small unique suffix.")
public final class InvoiceCreateCommand extends InvoiceBase {
  @Mixin NodeOptions node = new NodeOptions();

  @Option(names = "--wallet", required = true, paramLabel = "W", description = "Wallet name.")
  String walletName;

  @Option(
      names = "--account",
      required = true,
      paramLabel = "N|ADDR",
      description = "The account that gets paid: number (0 = first) or address.")
  String account;

  @Option(
      names = "--password-file",
      paramLabel = "P",
      description = "File with the wallet password, or - (default: prompt).")
  String passwordFile;

  @Option(
      names = "--asset",
      required = true,
      paramLabel = "ETH|SYMBOL|0xTOKEN",
      description = "ETH, a token of the registry by symbol, or any ERC-20 by address.")
  String asset;

  @Option(
      names = "--amount",
      paramLabel = "DEC",
      description =
          "Amount owed, in ETH or whole tokens; with --item it must equal their sum or be left"
              + " out.")
  String amount;

  @Option(
      names = "--item",
      paramLabel = "DESCRIPTION;QTY;UNIT_PRICE",
      description = "A line item, unit price in ETH or whole tokens (repeatable).")
  List<String> items = new ArrayList<>();

  @Option(names = "--customer", paramLabel = "TEXT", description = "Who pays.")
  String customer;

  @Option(
      names = "--payer",
      paramLabel = "ADDR",
      description = "The address the customer pays from.")
  String payer;

  @Option(names = "--due", paramLabel = "YYYY-MM-DD", description = "Due date.")
  String due;

  @Option(names = "--reference", paramLabel = "TEXT", description = "Your reference.")
  String reference;

  public InvoiceCreateCommand(CliContext context) {
    super(context);
  }

  @Override
  Integer run() throws IOException {
    if (amount == null && items.isEmpty()) {
      throw new UserException("give --amount, or --item lines whose sum is the amount");
    }
    Address payTo = payTo();
    long chainId = node.requireChainId();
    Invoice made;
    try (JsonRpcClient client = node.json(Duration.ofSeconds(30), Optional.empty())) {
      NodeClient nodeClient = new NodeClient(client);
      Asset token = asset(network(chainId), nodeClient);
      List<LineItem> lines =
          items.stream().map(i -> LineItemText.parse(i, token.decimals())).toList();
      BigInteger nominal = LineItemText.amount(amount, lines, token.decimals());
      long head = nodeClient.blockNumber().longValueExact();
      made =
          book()
              .create(
                  new InvoiceDraft(
                      chainId,
                      payTo.toLowerHex(),
                      token.isNative() ? Invoice.ETH : token.token().toLowerHex(),
                      token.symbol(),
                      token.decimals(),
                      nominal,
                      customer,
                      payer == null ? null : Address.parse(payer).toLowerHex(),
                      reference,
                      today(),
                      date(due),
                      lines,
                      head));
    } catch (RpcException e) {
      throw new UserException(e.getMessage(), e);
    }
    print(made);
    return 0;
  }

  private void print(Invoice i) {
    String uri = InvoiceUris.uri(i, i.amount());
    if (json) {
      input.printJson(
          input
              .json()
              .put("id", i.id())
              .put("payTo", Address.parse(i.payTo()).toString())
              .put("asset", asset(i))
              .put("amount", units(i, i.amount()))
              .put("uri", uri)
              .put("status", "open"));
      return;
    }
    context
        .out()
        .printf(
            "%s: pay exactly %s %s to %s%n",
            i.id(), units(i, i.amount()), i.symbol(), Address.parse(i.payTo()));
    context.out().println(uri);
  }

  private Address payTo() {
    Vault vault = Vault.inDataFolder(dataDirectory());
    char[] password =
        input.password(passwordFile, "--password-file", "Password of wallet " + walletName);
    try (Wallet wallet = vault.open(walletName, password)) {
      return AccountChoice.pick(wallet, account).address();
    } catch (VaultException e) {
      throw new UserException(e.getMessage(), e);
    } finally {
      SecretBytes.wipe(password);
    }
  }

  /** What {@code --asset} names on {@code network}. */
  private Asset asset(Network network, NodeClient client) throws IOException {
    if (asset.equalsIgnoreCase(Invoice.ETH)) {
      return Asset.nativeOf(network);
    }
    TokenRegistry registry = AppTokens.registry(dataDirectory());
    if (asset.startsWith("0x") || asset.startsWith("0X")) {
      Address contract = Address.parse(asset);
      return registry
          .findOrRead(network, contract, new Erc20Reader(client))
          .map(Asset::of)
          .orElseThrow(() -> new UserException(contract + " does not answer as an ERC-20 token"));
    }
    List<Asset> bySymbol = new ArrayList<>();
    registry.tokens(network).stream()
        .filter(t -> t.symbol().equalsIgnoreCase(asset))
        .forEach(t -> bySymbol.add(Asset.of(t)));
    if (bySymbol.isEmpty()) {
      // A token this book already invoices in is known by its symbol too.
      book().invoices().stream()
          .filter(i -> i.chainId() == network.chainId() && !i.isNative())
          .filter(i -> i.symbol().equalsIgnoreCase(asset))
          .map(i -> new Asset(i.symbol(), Address.parse(i.asset()), i.decimals()))
          .distinct()
          .forEach(bySymbol::add);
    }
    if (bySymbol.size() != 1) {
      throw new UserException(
          bySymbol.isEmpty()
              ? "no token " + asset + " in the registry of this network; give its address"
              : "several tokens are called " + asset + "; give the address");
    }
    return bySymbol.get(0);
  }

  private Network network(long chainId) {
    return node.network(dataDirectory(), chainId);
  }

  private static LocalDate date(String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new UserException("--due must be a date like 2026-12-31, not '" + text + "'");
    }
  }
}
