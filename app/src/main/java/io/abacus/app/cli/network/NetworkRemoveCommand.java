package io.abacus.app.cli.network;

import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.RootOptions;
import io.abacus.app.cli.UserException;
import io.abacus.app.cli.common.SavedNetworks;
import io.abacus.wallet.network.Network;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code network remove NAME}: removes a network added by the user. */
@Command(
    name = "remove",
    mixinStandardHelpOptions = true,
    description = "Remove a saved network you added (built-in networks stay).")
public final class NetworkRemoveCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "The network's name or id.")
  String name;

  public NetworkRemoveCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    SavedNetworks saved =
        new SavedNetworks(((RootOptions) spec.root().userObject()).dataDirectory());
    Network n = saved.require(name);
    try {
      saved.update(s -> s.withoutNetwork(n.id()));
    } catch (IllegalArgumentException e) {
      throw new UserException(n.name() + ": " + e.getMessage(), e);
    }
    context.out().println("removed network " + n.name() + " (" + n.id() + ")");
    return 0;
  }
}
