package io.abacus.app.cli.common;

import io.abacus.app.cli.RootOptions;
import io.abacus.app.cli.UserException;
import io.abacus.app.node.NodeClients;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.NodeConnection;
import io.abacus.wallet.rpc.RetryPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The node options every command that talks to a node takes: {@code --rpc URL [--rpc-auth-file F]
 * [--chain-id ID]}, or {@code --network NAME} naming a network saved in the settings (its URL,
 * chain id and auth header). Only ever the node the user names is contacted; when the chain id is
 * known, the node's is checked once before anything else.
 */
public final class NodeOptions {
  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--rpc",
      paramLabel = "URL",
      description = "The node's JSON-RPC URL (http or https).")
  String rpc;

  @Option(
      names = "--rpc-auth-file",
      paramLabel = "FILE",
      description = "With --rpc: file holding the node's Authorization header value.")
  Path authFile;

  @Option(
      names = "--chain-id",
      paramLabel = "ID",
      converter = ChainIdConverter.class,
      description = "With --rpc: the chain id the node must serve (checked before use).")
  Long chainId;

  @Option(
      names = "--network",
      paramLabel = "NAME",
      description = "A saved network (see 'abacus network list'): its URL, chain id and auth.")
  String network;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Seconds to wait for each answer (default 30).")
  Integer timeoutSeconds;

  private Target target;

  /** The node the options name: URL, optional auth header, chain id if known, display name. */
  public record Target(String url, Optional<String> auth, OptionalLong chainId, String name) {
    @Override
    public String toString() {
      return "Target[" + name + "]";
    }
  }

  /**
   * The node the user named.
   *
   * @throws UserException when the options are missing, contradictory or name no saved network
   */
  public Target target() {
    if (target == null) {
      target = resolve();
    }
    return target;
  }

  /** The configured chain id ({@code --chain-id} or the saved network's), if any. */
  public OptionalLong chainId() {
    return target().chainId();
  }

  /**
   * The chain id, which this command needs.
   *
   * @throws UserException when neither {@code --chain-id} nor {@code --network} gave one
   */
  public long requireChainId() {
    return chainId()
        .orElseThrow(() -> new UserException("give --chain-id with --rpc, or use --network"));
  }

  /**
   * The saved network these options name, when it is on {@code chainId}; else one made up for the
   * node's URL ("chain ID", ETH, 18 decimals).
   */
  public Network network(Path dataDirectory, long chainId) {
    return SavedNetworks.find(new SavedNetworks(dataDirectory).load(), networkName())
        .filter(n -> n.chainId() == chainId)
        .orElseGet(
            () ->
                new Network(
                    "chain-" + chainId,
                    "chain " + chainId,
                    chainId,
                    target().url(),
                    "ETH",
                    18,
                    null,
                    Network.Kind.CUSTOM,
                    false));
  }

  /** The network's name for summaries: the saved network's, else "chain ID". */
  public String networkName() {
    return target().name();
  }

  /** The per-answer timeout: {@code --timeout}, else {@code defaultTimeout}. */
  public Duration timeout(Duration defaultTimeout) {
    Duration timeout = timeoutSeconds == null ? defaultTimeout : Duration.ofSeconds(timeoutSeconds);
    if (timeout.isNegative() || timeout.isZero()) {
      throw new UserException("--timeout must be at least 1 second");
    }
    return timeout;
  }

  /** A client for the node with a 30 s default timeout; the chain id is checked when known. */
  public NodeClient client() {
    return new NodeClient(json(DEFAULT_TIMEOUT, Optional.empty()));
  }

  /**
   * A JSON-RPC client for the node; the chain id is checked when known.
   *
   * @param defaultTimeout used when {@code --timeout} is not given
   * @param fallbackAuth an auth header used only when the options give none
   */
  public JsonRpcClient json(Duration defaultTimeout, Optional<String> fallbackAuth) {
    Target t = target();
    Duration timeout = timeout(defaultTimeout);
    JsonRpcClient client;
    try {
      client =
          new JsonRpcClient(
              NodeClients.transport(
                  t.url(),
                  t.auth().or(() -> fallbackAuth),
                  NodeClients.connectTimeout(timeout),
                  timeout),
              RetryPolicy.standard());
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage(), e);
    }
    if (t.chainId().isPresent()) {
      String name = network == null ? null : t.name();
      return new NodeConnection(client, t.chainId().getAsLong(), name).checkedClient();
    }
    return client;
  }

  private Target resolve() {
    if ((rpc == null) == (network == null)) {
      throw new UserException("give either --rpc URL or --network NAME");
    }
    if (network != null) {
      if (authFile != null || chainId != null) {
        throw new UserException(
            "--network already sets the node's auth and chain id; drop --rpc-auth-file and"
                + " --chain-id");
      }
      Network n = new SavedNetworks(dataDirectory()).require(network);
      if (!n.hasRpcUrl()) {
        throw new UserException("the network " + n.name() + " has no node URL yet");
      }
      return new Target(n.rpcUrl(), n.auth(), OptionalLong.of(n.chainId()), n.name());
    }
    if (chainId != null && chainId <= 0) {
      throw new UserException("--chain-id must be positive");
    }
    Optional<String> auth =
        Optional.ofNullable(authFile).map(f -> InputFiles.text(f, "auth file").strip());
    OptionalLong id = chainId == null ? OptionalLong.empty() : OptionalLong.of(chainId);
    return new Target(rpc.strip(), auth, id, chainId == null ? "the node" : "chain " + chainId);
  }

  private Path dataDirectory() {
    return ((RootOptions) mixee.root().userObject()).dataDirectory();
  }
}
