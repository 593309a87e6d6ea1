package io.abacus.app.cli.wallet;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.RootOptions;
import io.abacus.app.cli.UserException;
import io.abacus.app.cli.input.CliInput;
import io.abacus.wallet.account.Account;
import io.abacus.wallet.account.WatchOnlyException;
import io.abacus.wallet.address.InvalidAddressException;
import io.abacus.wallet.bip39.InvalidMnemonicException;
import io.abacus.wallet.bip39.Mnemonic;
import io.abacus.wallet.hd.InvalidPathException;
import io.abacus.wallet.keystore.KeystoreException;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.vault.VaultException;
import java.nio.CharBuffer;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Shared plumbing of the wallet commands: input, {@code --json}, and turning the wallet core's
 * documented errors into one-line user errors.
 */
public abstract class WalletCommandBase implements Callable<Integer> {
  protected final CliContext context;
  protected final CliInput input;

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  WalletCommandBase(CliContext context) {
    this.context = context;
    this.input = new CliInput(context);
  }

  @Override
  public final Integer call() throws Exception {
    try {
      return run();
    } catch (VaultException
        | InvalidMnemonicException
        | InvalidAddressException
        | InvalidPathException
        | KeystoreException
        | WatchOnlyException e) {
      throw new UserException(e.getMessage(), e);
    }
  }

  abstract Integer run() throws Exception;

  RootOptions root() {
    return (RootOptions) spec.root().userObject();
  }

  Mnemonic readMnemonic(String file) {
    char[] text = input.readChars(file, "recovery phrase file", 4 * Mnemonic.MAX_CHARS);
    try {
      return Mnemonic.parse(CharBuffer.wrap(text));
    } finally {
      SecretBytes.wipe(text);
    }
  }

  char[] readPassphrase(String file) {
    return file == null ? new char[0] : input.readChars(file, "passphrase file");
  }

  void printAccounts(String wallet, List<Account> accounts) {
    if (json) {
      ObjectNode root = input.json().put("wallet", wallet);
      ArrayNode list = root.putArray("accounts");
      accounts.forEach(a -> list.add(accountJson(a)));
      input.printJson(root);
      return;
    }
    for (Account a : accounts) {
      String path = a instanceof Account.Derived d ? "  " + d.path() : "";
      context
          .out()
          .printf(
              "%s  %-8s  %s%s%s%n",
              a.address(), a.kind(), a.name(), path, a.hidden() ? "  (hidden)" : "");
    }
  }

  private ObjectNode accountJson(Account a) {
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
}
