package io.abacus.app.cli.network;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.RootOptions;
import io.abacus.app.cli.common.JsonOutput;
import io.abacus.app.cli.common.SavedNetworks;
import io.abacus.app.settings.Settings;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.Endpoints;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code network list}: the saved networks; node URLs without credentials or query. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List the saved networks (URLs shown without credentials or query).")
public final class NetworkListCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  public NetworkListCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Settings settings =
        new SavedNetworks(((RootOptions) spec.root().userObject()).dataDirectory()).load();
    if (json) {
      ObjectNode o = JsonOutput.object();
      ArrayNode list = o.putArray("networks");
      for (Network n : settings.networks()) {
        ObjectNode e = list.addObject();
        e.put("id", n.id());
        e.put("name", n.name());
        e.put("chainId", n.chainId());
        e.put("rpcUrl", Endpoints.shown(n.rpcUrl()));
        e.put("currencySymbol", n.currencySymbol());
        e.put("decimals", n.decimals());
        e.put("kind", n.kind().name().toLowerCase(Locale.ROOT));
        e.put("auth", n.auth().isPresent());
        e.put("selected", n.id().equals(settings.selectedNetworkId()));
      }
      JsonOutput.print(context.out(), o);
      return 0;
    }
    for (Network n : settings.networks()) {
      context
          .out()
          .printf(
              Locale.ROOT,
              "%s %-14s %-28s chain id %-9d %-6s %s%s%n",
              n.id().equals(settings.selectedNetworkId()) ? "*" : " ",
              n.id(),
              n.name(),
              n.chainId(),
              n.currencySymbol(),
              n.hasRpcUrl() ? Endpoints.shown(n.rpcUrl()) : "(no node URL)",
              n.auth().isPresent() ? " (with auth)" : "");
    }
    return 0;
  }
}
