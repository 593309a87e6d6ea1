package io.abacus.app.cli.tx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.RootOptions;
import io.abacus.app.cli.UserException;
import io.abacus.app.cli.common.InputFiles;
import io.abacus.app.cli.common.JsonOutput;
import io.abacus.app.cli.common.KeyFile;
import io.abacus.app.cli.input.CliInput;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.send.TransactionSummary;
import io.abacus.wallet.signing.PrivateKeySigner;
import io.abacus.wallet.signing.Signer;
import io.abacus.wallet.tx.SignedTransaction;
import io.abacus.wallet.tx.Transaction;
import io.abacus.wallet.tx.TransactionJson;
import io.abacus.wallet.tx.TransactionSigner;
import io.abacus.wallet.vault.Vault;
import io.abacus.wallet.vault.VaultException;
import io.abacus.wallet.vault.Wallet;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tx sign}: offline; opens no network connection. */
@Command(
    name = "sign",
    mixinStandardHelpOptions = true,
    description = {
      "Sign a transaction file offline (no network connection is opened).",
      "Prints {\"raw\",\"hash\",\"from\"} with --json; --out also writes the signed file."
    })
public final class TxSignCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(
      names = "--tx",
      required = true,
      paramLabel = "TX.json",
      description = "Unsigned transaction (JSON).")
  Path txFile;

  @ArgGroup(exclusive = true, multiplicity = "1")
  KeySource key;

  /** Either a key file or an account of a vault wallet. */
  static final class KeySource {
    @Option(
        names = "--private-key-file",
        paramLabel = "FILE",
        description = "File holding the private key as hex.")
    Path keyFile;

    @ArgGroup(exclusive = false)
    WalletKey wallet;
  }

  /** An account of a wallet in the data folder's vault, unlocked with its password. */
  static final class WalletKey {
    @Option(names = "--wallet", required = true, paramLabel = "NAME", description = "Wallet name.")
    String name;

    @Option(
        names = "--account",
        required = true,
        paramLabel = "N",
        description =
            "Account number (0 = first, as 'wallet accounts --all' lists them) or address.")
    String account;

    @Option(
        names = "--password-file",
        paramLabel = "P",
        description = "File with the wallet password, or - (default: prompt).")
    String passwordFile;
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the signed transaction file here.")
  Path out;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  public TxSignCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    JsonNode doc = InputFiles.json(txFile, "transaction file");
    if (doc.has("format") && !TxFiles.UNSIGNED.equals(doc.get("format").asText())) {
      throw new UserException(
          txFile + " is a '" + doc.get("format").asText() + "' file, not an unsigned transaction");
    }
    Transaction tx;
    try {
      tx = TransactionJson.parse(doc);
    } catch (IllegalArgumentException e) {
      throw new UserException(txFile + ": " + e.getMessage());
    }
    SignedTransaction signed;
    try (KeyHolder holder = openKey()) {
      Signer signer = holder.signer();
      String keySource = key.keyFile != null ? key.keyFile.toString() : "wallet " + key.wallet.name;
      if (doc.hasNonNull("from")) {
        Address expected = Address.parse(doc.get("from").asText());
        if (!expected.equals(signer.address())) {
          throw new UserException(
              "the key of "
                  + keySource
                  + " is for "
                  + signer.address()
                  + " but "
                  + txFile
                  + " is from "
                  + expected);
        }
      }
      if (!json) {
        // Recomputed from the transaction itself, not copied from the file's summary, which the
        // online machine wrote and could have got wrong.
        TransactionSummary.of(
                tx, signer.address(), "chain " + tx.chainId(), Optional.empty(), Optional.empty())
            .lines()
            .forEach(context.err()::println);
      }
      signed = TransactionSigner.sign(tx, signer);
    }
    if (out != null) {
      TxFiles.write(out, TxFiles.signed(signed));
    }
    if (json) {
      ObjectNode o = JsonOutput.object();
      o.put("raw", signed.raw().toHex());
      o.put("hash", signed.hash().toHex());
      o.put("from", signed.from().toString());
      JsonOutput.print(context.out(), o);
    } else {
      context.out().println("from: " + signed.from());
      context.out().println("hash: " + signed.hash());
      context.out().println("raw:  " + signed.raw());
      if (out != null) {
        context.out().println("signed transaction written to " + out);
      }
    }
    return 0;
  }

  /** The signer and whatever must be closed (wiped) after signing. */
  private record KeyHolder(Signer signer, AutoCloseable resource) implements AutoCloseable {
    @Override
    public void close() {
      try {
        resource.close();
      } catch (Exception e) {
        throw new IllegalStateException("could not wipe the key", e);
      }
    }
  }

  private KeyHolder openKey() {
    if (key.keyFile != null) {
      PrivateKeySigner signer = KeyFile.signer(key.keyFile);
      return new KeyHolder(signer, signer);
    }
    WalletKey w = key.wallet;
    Vault vault = Vault.inDataFolder(((RootOptions) spec.root().userObject()).dataDirectory());
    char[] password =
        new CliInput(context)
            .password(w.passwordFile, "--password-file", "Password of wallet " + w.name);
    Wallet wallet;
    try {
      wallet = vault.open(w.name, password);
    } catch (VaultException e) {
      throw new UserException(e.getMessage(), e);
    } finally {
      SecretBytes.wipe(password);
    }
    try {
      Account account = account(wallet, w.account);
      if (!account.canSign()) {
        throw new UserException(account.address() + " is a watch-only account: it cannot sign");
      }
      return new KeyHolder(wallet.signer(account.address()), wallet);
    } catch (RuntimeException e) {
      wallet.close();
      throw e;
    }
  }

  private static Account account(Wallet wallet, String which) {
    List<Account> accounts = wallet.accounts();
    if (which.startsWith("0x") || which.startsWith("0X")) {
      Address address;
      try {
        address = Address.parse(which);
      } catch (IllegalArgumentException e) {
        throw new UserException(e.getMessage(), e);
      }
      return accounts.stream()
          .filter(a -> a.address().equals(address))
          .findFirst()
          .orElseThrow(
              () -> new UserException("wallet " + wallet.name() + " has no account " + address));
    }
    int n;
    try {
      n = Integer.parseInt(which);
    } catch (NumberFormatException e) {
      throw new UserException("--account takes a number or an address, not '" + which + "'");
    }
    if (n < 0 || n >= accounts.size()) {
      throw new UserException(
          "wallet "
              + wallet.name()
              + " has "
              + accounts.size()
              + " accounts (0 to "
              + (accounts.size() - 1)
              + "), not "
              + n);
    }
    return accounts.get(n);
  }
}
