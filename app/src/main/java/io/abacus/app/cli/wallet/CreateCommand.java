package io.abacus.app.cli.wallet;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.wallet.bip39.Mnemonic;
import io.abacus.wallet.bip39.Wordlist;
import io.abacus.wallet.secret.SecretBytes;
import io.abacus.wallet.vault.Wallet;
import java.security.SecureRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code abacus wallet create NAME}: a new wallet with a fresh recovery phrase. */
@Command(
    name = "create",
    description = {
      "Create a wallet with a new recovery phrase and print the phrase once: write it down.",
      "With --empty, a wallet without a phrase (for imported keys and watched addresses)."
    },
    mixinStandardHelpOptions = true)
public final class CreateCommand extends VaultCommand {
  @Parameters(paramLabel = "NAME", description = "Wallet name.")
  String name;

  @Option(names = "--words", defaultValue = "12", description = "12 or 24 words (default 12).")
  int words;

  @Option(names = "--empty", description = "No recovery phrase.")
  boolean empty;

  public CreateCommand(CliContext context) {
    super(context);
  }

  @Override
  Integer run() {
    if (words != 12 && words != 24) {
      throw new UserException("--words must be 12 or 24, not " + words);
    }
    if (vault().exists(name)) {
      throw new UserException("a wallet named '" + name + "' already exists");
    }
    char[] pw = input.newPassword(passwordFile, "--password-file", "New wallet password");
    try {
      if (empty) {
        try (Wallet wallet = vault().createEmpty(name, pw)) {
          report(wallet, null);
        }
        return 0;
      }
      try (Mnemonic mnemonic = Mnemonic.generate(words, new SecureRandom(), Wordlist.english());
          Wallet wallet = vault().create(name, mnemonic, new char[0], pw)) {
        char[] phrase = mnemonic.phrase();
        try {
          report(wallet, phrase);
        } finally {
          SecretBytes.wipe(phrase);
        }
      }
      return 0;
    } finally {
      SecretBytes.wipe(pw);
    }
  }

  private void report(Wallet wallet, char[] phrase) {
    String address =
        wallet.accounts().isEmpty() ? null : wallet.accounts().get(0).address().toString();
    if (json) {
      ObjectNode node = input.json().put("name", wallet.name()).put("address", address);
      if (phrase != null) {
        node.put("mnemonic", new String(phrase));
      }
      input.printJson(node);
      return;
    }
    context.out().println("Created wallet " + wallet.name());
    if (phrase != null) {
      context
          .err()
          .println(
              "Recovery phrase: write these words down and keep them offline. They are shown once.");
      context.out().println(phrase);
      context.out().println("First address: " + address);
    }
  }
}
