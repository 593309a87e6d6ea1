package io.abacus.app.cli.network;

import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.RootOptions;
import io.abacus.app.cli.UserException;
import io.abacus.app.cli.common.ChainIdConverter;
import io.abacus.app.cli.common.InputFiles;
import io.abacus.app.cli.common.SavedNetworks;
import io.abacus.app.node.NodeClients;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.Endpoints;
import io.abacus.wallet.rpc.RetryPolicy;
import io.abacus.wallet.rpc.RpcException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code network add NAME --rpc URL --chain-id ID}: saves a network after asking its node for the
 * chain id; a node on another chain (or none answering) is refused unless {@code --force}.
 */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = {
      "Save a network: its node URL, chain id, optional auth header and currency symbol.",
      "The node is asked for its chain id first; a mismatch is refused unless --force."
    })
public final class NetworkAddCommand implements Callable<Integer> {
  private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(15);
  private final CliContext context;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "The name to use with --network.")
  String name;

  @Option(
      names = "--rpc",
      required = true,
      paramLabel = "URL",
      description = "The node's JSON-RPC URL (http or https).")
  String rpc;

  @Option(
      names = "--chain-id",
      required = true,
      paramLabel = "ID",
      converter = ChainIdConverter.class,
      description = "The network's chain id.")
  long chainId;

  @Option(
      names = "--rpc-auth-file",
      paramLabel = "FILE",
      description = "File holding the node's Authorization header value.")
  Path authFile;

  @Option(
      names = "--symbol",
      defaultValue = "ETH",
      paramLabel = "S",
      description = "The native currency's symbol (default ETH).")
  String symbol;

  @Option(
      names = "--force",
      description =
          "Save even if the node is on another chain or does not answer; replace a"
              + " network of the same name.")
  boolean force;

  public NetworkAddCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    String label = name.strip();
    if (label.isEmpty()) {
      throw new UserException("the network needs a name");
    }
    Optional<String> auth =
        Optional.ofNullable(authFile).map(f -> InputFiles.text(f, "auth file").strip());
    Network network;
    try {
      network =
          new Network(
              "custom-" + UUID.randomUUID().toString().substring(0, 8),
              label,
              chainId,
              Network.validateRpcUrl(rpc),
              symbol.strip(),
              18,
              auth.orElse(null),
              Network.Kind.CUSTOM,
              false);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage(), e);
    }
    checkNode(network);
    SavedNetworks saved =
        new SavedNetworks(((RootOptions) spec.root().userObject()).dataDirectory());
    Network stored =
        SavedNetworks.find(saved.load(), label)
            .map(existing -> replacing(existing, network))
            .orElse(network);
    saved.update(s -> s.withNetwork(stored));
    context
        .out()
        .println(
            "saved network "
                + stored.name()
                + " ("
                + stored.id()
                + ", chain id "
                + stored.chainId()
                + ", "
                + Endpoints.shown(stored.rpcUrl())
                + ")");
    return 0;
  }

  private Network replacing(Network existing, Network added) {
    if (!force) {
      throw new UserException(
          "a network named " + existing.name() + " exists; remove it first or use --force");
    }
    if (existing.kind() != Network.Kind.CUSTOM) {
      throw new UserException(existing.name() + " is built in and cannot be replaced");
    }
    return new Network(
        existing.id(),
        added.name(),
        added.chainId(),
        added.rpcUrl(),
        added.currencySymbol(),
        added.decimals(),
        added.authHeader(),
        Network.Kind.CUSTOM,
        existing.testMoney());
  }

  private void checkNode(Network network) {
    try {
      NodeClients.connection(network, CHECK_TIMEOUT, RetryPolicy.none()).requireChain();
    } catch (RpcException e) {
      if (!force) {
        throw new UserException(e.getMessage() + "; not saved (use --force to save anyway)", e);
      }
      context.err().println("warning: " + e.getMessage() + "; saved anyway (--force)");
    }
  }
}
