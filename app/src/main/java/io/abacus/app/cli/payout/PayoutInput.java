package io.abacus.app.cli.payout;

import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.RootOptions;
import io.abacus.app.cli.UserException;
import io.abacus.app.cli.common.AccountChoice;
import io.abacus.app.cli.common.NodeOptions;
import io.abacus.app.cli.common.SavedNetworks;
import io.abacus.app.cli.input.CliInput;
import io.abacus.app.payouts.MultiSendContracts;
import io.abacus.app.payouts.RegistryLookups;
import io.abacus.app.sandbox.Sandbox;
import io.abacus.app.settings.MultiSendAddresses;
import io.abacus.app.tokens.AppTokens;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.contacts.AddressBook;
import io.abacus.wallet.fees.Speed;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.payout.MultiSendPlan;
import io.abacus.wallet.payout.MultiSendPlanner;
import io.abacus.wallet.payout.PayoutCsv;
import io.abacus.wallet.payout.PayoutLookups;
import io.abacus.wallet.payout.PayoutPlan;
import io.abacus.wallet.payout.PayoutRow;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.RpcException;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.storage.InputLimits;
import io.abacus.wallet.token.Erc20Reader;
import io.abacus.wallet.vault.Vault;
import io.abacus.wallet.vault.VaultException;
import io.abacus.wallet.vault.Wallet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options {@code payout plan} and {@code payout run} share: the CSV, the account, the node. */
// A RootOptions itself: the node options are a mixin of this mixin, and picocli hands them this
// mixin's spec, not the command's, as their "root" (so --network NAME could not find the data
// folder).
final class PayoutInput implements RootOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Mixin NodeOptions node = new NodeOptions();

  @Option(names = "--csv", required = true, paramLabel = "F", description = "The payout CSV.")
  Path csv;

  @Option(names = "--wallet", required = true, paramLabel = "W", description = "Wallet name.")
  String wallet;

  @Option(
      names = "--account",
      required = true,
      paramLabel = "N|ADDR",
      description = "Account number (0 = first, as 'wallet accounts --all' lists them) or address.")
  String account;

  @Option(
      names = "--password-file",
      paramLabel = "P",
      description = "File with the wallet password, or - (default: prompt).")
  String passwordFile;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Option(
      names = "--multi-send",
      description =
          "Pay through the multi-send contract: one transaction for all ETH rows and one per token"
              + " (default: one transaction per row, simplest to audit).")
  boolean multiSend;

  @Option(
      names = "--multi-send-contract",
      paramLabel = "ADDR",
      description =
          "The network's multi-send contract (its fee is then shown next to the usual one).")
  String multiSendContract;

  /**
   * Where a network's multi-send contract is known besides {@code --multi-send-contract}: the
   * Sandbox's deployed one on the Sandbox, else the address saved for the network in Settings (as
   * in the app).
   */
  MultiSendContracts knownContracts(java.util.Map<String, String> env) {
    Path data = dataDirectory();
    return new MultiSendAddresses(
            () -> new SavedNetworks(data).load(),
            () -> Sandbox.inDataDirectory(data, env).multiSend())
        ::multiSendAddress;
  }

  @Override
  public Path dataDirectory() {
    return ((RootOptions) mixee.root().userObject()).dataDirectory();
  }

  @Override
  public boolean debug() {
    return ((RootOptions) mixee.root().userObject()).debug();
  }

  /** The CSV's bytes, at most the CSV import limit. */
  byte[] csvBytes() {
    try {
      return InputLimits.read(csv, "the CSV file", InputLimits.CSV_IMPORT);
    } catch (NoSuchFileException e) {
      throw new UserException("no such file: " + csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CSV's data rows. */
  List<PayoutRow> rows(byte[] content) {
    try {
      return PayoutCsv.read(content);
    } catch (IllegalArgumentException e) {
      throw new UserException(csv + ": " + e.getMessage(), e);
    }
  }

  /** Opens the wallet with its password; close it to wipe the keys. */
  Wallet openWallet(CliContext context) {
    return openWallet(context, dataDirectory(), wallet, passwordFile);
  }

  /** Opens wallet {@code wallet} of {@code data} with the password from {@code passwordFile}. */
  static Wallet openWallet(CliContext context, Path data, String wallet, String passwordFile) {
    Vault vault = Vault.inDataFolder(data);
    char[] password =
        new CliInput(context)
            .password(passwordFile, "--password-file", "Password of wallet " + wallet);
    try {
      return vault.open(wallet, password);
    } catch (VaultException e) {
      throw new UserException(e.getMessage(), e);
    } finally {
      SecretBytes.wipe(password);
    }
  }

  Account pick(Wallet opened) {
    return AccountChoice.pick(opened, account);
  }

  /** The saved network the node options name, or one made up from the chain id. */
  Network network() {
    long chainId = node.requireChainId();
    return node.network(dataDirectory(), chainId);
  }

  PayoutLookups lookups(Network network, NodeClient client) {
    try {
      return new RegistryLookups(
          network,
          AppTokens.registry(dataDirectory()),
          new Erc20Reader(client),
          AddressBook.open(dataDirectory().resolve("address-book.json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The multi-send contract: {@code --multi-send-contract}, else the one known for the network. */
  Optional<Address> multiSendContract(Network network, java.util.Map<String, String> env) {
    if (multiSendContract == null) {
      return knownContracts(env).contractOn(network);
    }
    if (!Address.isValid(multiSendContract)) {
      throw new UserException(
          "--multi-send-contract must be an address, not '" + multiSendContract + "'");
    }
    return Optional.of(Address.parse(multiSendContract));
  }

  /**
   * How {@code plan} compares with paying through the multi-send contract, empty when no contract
   * is known; refuses {@code --multi-send} without a contract or an estimate.
   */
  Optional<MultiSendPlan> multiSend(
      PayoutPlan plan, Address from, Speed speed, java.util.Map<String, String> env) {
    Optional<Address> contract = multiSendContract(network(), env);
    if (contract.isEmpty()) {
      if (multiSend) {
        throw new UserException(
            "--multi-send needs --multi-send-contract: no multi-send contract is known for this"
                + " network");
      }
      return Optional.empty();
    }
    MultiSendPlan ms;
    try {
      ms = new MultiSendPlanner(node.client()).plan(plan, from, contract.get(), speed);
    } catch (RpcException e) {
      throw new UserException(e.getMessage(), e);
    }
    if (multiSend && ms.problem().isPresent() && plan.errors().isEmpty()) {
      throw new UserException(ms.problem().get() + "; pay without --multi-send");
    }
    return Optional.of(ms);
  }

  static Speed speed(String text) {
    try {
      return Speed.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserException("--speed must be slow, normal or fast, not '" + text + "'");
    }
  }
}
