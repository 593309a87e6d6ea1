package io.abacus.app.cli.wallet;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.AbacusCommand;
import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.app.cli.input.CliInput;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.bip39.InvalidMnemonicException;
import io.abacus.wallet.bip39.Mnemonic;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.vault.Vault;
import io.abacus.wallet.vault.VaultException;
import io.abacus.wallet.vault.VaultKdf;
import io.abacus.wallet.vault.Wallet;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Shared plumbing of the wallet commands: the vault, passwords, JSON and error wording. */
public abstract class VaultCommand implements Callable<Integer> {
  /** Lowers the scrypt cost of new wallet files: only for tests and very slow machines. */
  static final String KDF_N_ENV = "ABACUS_VAULT_SCRYPT_N";

  protected final CliContext context;
  protected final CliInput input;

  @Spec CommandSpec spec;

  @Option(
      names = "--password-file",
      paramLabel = "P",
      description = "File with the wallet password, or - (default: prompt).")
  String passwordFile;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  VaultCommand(CliContext context) {
    this.context = context;
    this.input = new CliInput(context);
  }

  @Override
  public final Integer call() throws Exception {
    try {
      return run();
    } catch (VaultException | InvalidMnemonicException | IllegalStateException e) {
      throw new UserException(e.getMessage(), e);
    }
  }

  abstract Integer run() throws Exception;

  Vault vault() {
    AbacusCommand root = (AbacusCommand) spec.root().userObject();
    String n = context.env().get(KDF_N_ENV);
    VaultKdf kdf = VaultKdf.DEFAULT;
    if (n != null) {
      try {
        kdf = new VaultKdf(Integer.parseInt(n), 8, 1);
      } catch (RuntimeException e) {
        throw new UserException(KDF_N_ENV + " must be a power of two, not '" + n + "'");
      }
    }
    return new Vault(root.dataDirectory().resolve("wallets"), kdf, new SecureRandom());
  }

  /** Opens a wallet with the password from the file or a prompt. */
  Wallet open(String name) {
    char[] pw = input.password(passwordFile, "--password-file", "Password of wallet " + name);
    try {
      return vault().open(name, pw);
    } finally {
      SecretBytes.wipe(pw);
    }
  }

  Mnemonic readMnemonic(String file) {
    char[] text = input.readChars(file, "recovery phrase file");
    try {
      return Mnemonic.parse(java.nio.CharBuffer.wrap(text));
    } finally {
      SecretBytes.wipe(text);
    }
  }

  char[] readPassphrase(String file) {
    return file == null ? new char[0] : input.readChars(file, "passphrase file");
  }

  static ObjectNode accountJson(CliInput input, Account a) {
    ObjectNode node = input.json();
    node.put("address", a.address().toString())
        .put("name", a.name())
        .put("kind", a.kind())
        .put("hidden", a.hidden());
    if (a instanceof Account.Derived d) {
      node.put("path", d.path().toString());
    }
    return node;
  }

  void printAccounts(String wallet, List<Account> accounts) {
    if (json) {
      ObjectNode root = input.json().put("wallet", wallet);
      ArrayNode list = root.putArray("accounts");
      accounts.forEach(a -> list.add(accountJson(input, a)));
      input.printJson(root);
    } else {
      for (Account a : accounts) {
        String path = a instanceof Account.Derived d ? "  " + d.path() : "";
        context
            .out()
            .printf(
                "%s  %-8s  %s%s%s%n",
                a.address(), a.kind(), a.name(), path, a.hidden() ? "  (hidden)" : "");
      }
    }
  }
}
