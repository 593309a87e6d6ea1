package io.abacus.app.cli.wallet;

import picocli.CommandLine.Command;

/** {@code abacus wallet ...}: recovery phrases, derivation and the encrypted vault. */
@Command(
    name = "wallet",
    description = "Wallets: derive addresses, and create and manage encrypted wallets.",
    mixinStandardHelpOptions = true,
    subcommands = {
      DeriveCommand.class,
      CreateCommand.class,
      RestoreCommand.class,
      ListCommand.class,
      AccountsCommand.class,
      AddAccountCommand.class,
      ImportKeyCommand.class,
      ImportKeystoreCommand.class,
      ExportKeystoreCommand.class,
      WatchCommand.class,
      LabelCommand.class,
      ChangePasswordCommand.class,
      ActivityCommand.class
    })
public final class WalletCommand {}
