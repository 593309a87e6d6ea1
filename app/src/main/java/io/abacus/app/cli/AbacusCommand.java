package io.abacus.app.cli;

import io.abacus.app.cli.address.AddressCommand;
import io.abacus.app.cli.doctor.DoctorCommand;
import io.abacus.app.cli.explorer.ExportCommand;
import io.abacus.app.cli.explorer.IndexCommand;
import io.abacus.app.cli.explorer.LabelsCommand;
import io.abacus.app.cli.explorer.QueryCommand;
import io.abacus.app.cli.invoice.InvoiceCommand;
import io.abacus.app.cli.keystore.KeystoreCommand;
import io.abacus.app.cli.message.MessageCommand;
import io.abacus.app.cli.network.NetworkCommand;
import io.abacus.app.cli.payout.PayoutCommand;
import io.abacus.app.cli.sandbox.SandboxCommand;
import io.abacus.app.cli.statement.StatementCommand;
import io.abacus.app.cli.tx.TxCommand;
import io.abacus.app.cli.uri.UriCommand;
import io.abacus.app.cli.wallet.WalletCommand;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: with no subcommand it opens the desktop app. */
@Command(
    name = "abacus",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Abacus: a desktop wallet and ledger explorer for Ethereum and other EVM chains.",
      "With no command, opens the desktop app."
    })
public final class AbacusCommand implements Callable<Integer>, RootOptions {
  /**
   * The subcommands, in the order {@code --help} lists them. Not in {@code @Command(subcommands)}:
   * picocli would build the whole tree (2,000 classes) before every command; {@link Cli} builds
   * only the one that runs.
   */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          picocli.CommandLine.HelpCommand.class,
          WalletCommand.class,
          KeystoreCommand.class,
          AddressCommand.class,
          SandboxCommand.class,
          TxCommand.class,
          MessageCommand.class,
          UriCommand.class,
          DoctorCommand.class,
          IndexCommand.class,
          QueryCommand.class,
          ExportCommand.class,
          LabelsCommand.class,
          NetworkCommand.class,
          PayoutCommand.class,
          InvoiceCommand.class,
          StatementCommand.class);

  private final CliContext context;

  @Option(
      names = "--data-dir",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description = "Data folder (default: the per-OS folder, or $ABACUS_DATA_DIR).")
  Path dataDir;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Show stack traces on errors.")
  boolean debug;

  public AbacusCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Path dataDirectory() {
    return context.dataDirectory(dataDir);
  }

  @Override
  public boolean debug() {
    return debug;
  }

  @Override
  public Integer call() {
    context.desktop().start(dataDirectory());
    return 0;
  }
}
