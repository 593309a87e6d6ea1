package io.abacus.app.cli.common;

import io.abacus.app.cli.UserException;
import io.abacus.wallet.rpc.HttpJsonRpcTransport;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.RetryPolicy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options of commands that talk to a node: only ever the one the user names. */
public final class NodeOptions {
  @Option(
      names = "--rpc",
      required = true,
      paramLabel = "URL",
      description = "The node's JSON-RPC URL (http or https).")
  String rpc;

  @Option(
      names = "--rpc-auth-file",
      paramLabel = "FILE",
      description = "File holding the Authorization header value for the node (e.g. 'Bearer ...').")
  Path authFile;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description = "Seconds to wait for each answer (default 30).")
  int timeoutSeconds;

  /** A client for the configured node. */
  public NodeClient client() {
    URI uri;
    try {
      uri = URI.create(rpc.strip());
    } catch (IllegalArgumentException e) {
      throw new UserException("--rpc '" + rpc + "' is not a URL");
    }
    Optional<String> auth =
        Optional.ofNullable(authFile).map(f -> InputFiles.text(f, "auth file").strip());
    try {
      return new NodeClient(
          new HttpJsonRpcTransport(
              uri, Duration.ofSeconds(10), Duration.ofSeconds(timeoutSeconds), auth),
          RetryPolicy.standard());
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
  }
}
