package io.abacus.wallet.network;

import io.abacus.wallet.rpc.Endpoints;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A chain and how Abacus reaches it: only the node the user configured, never a third party.
 *
 * @param id stable identifier (settings, index file names)
 * @param name what the user sees
 * @param chainId EIP-155 chain id; signing is refused when the node reports another
 * @param rpcUrl the node's JSON-RPC URL, or empty when not yet configured
 * @param currencySymbol native currency symbol, e.g. ETH
 * @param decimals native currency decimals (18 on Ethereum; consortium chains may differ)
 * @param authHeader optional HTTP {@code Authorization} value for permissioned nodes; a credential,
 *     so never shown in {@link #toString()} or logs
 * @param kind built-in preset, custom network, or the embedded sandbox
 * @param testMoney true when the currency has no value (testnets, sandbox), to label it so
 */
public record Network(
    String id,
    String name,
    long chainId,
    String rpcUrl,
    String currencySymbol,
    int decimals,
    String authHeader,
    Kind kind,
    boolean testMoney) {

  /** Where a network definition comes from. */
  public enum Kind {
    PRESET,
    CUSTOM,
    SANDBOX
  }

  public Network {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    rpcUrl = rpcUrl == null ? "" : rpcUrl.strip();
    currencySymbol = currencySymbol == null || currencySymbol.isBlank() ? "ETH" : currencySymbol;
    authHeader = authHeader == null || authHeader.isBlank() ? null : authHeader;
    if (chainId <= 0) {
      throw new IllegalArgumentException("chain id must be positive, not " + chainId);
    }
    if (decimals < 0 || decimals > 36) {
      throw new IllegalArgumentException("decimals must be 0..36, not " + decimals);
    }
  }

  /** True once a node URL is set (the sandbox gets its URL when it starts). */
  public boolean hasRpcUrl() {
    return !rpcUrl.isEmpty();
  }

  public Optional<String> auth() {
    return Optional.ofNullable(authHeader);
  }

  /** A copy pointing at another node URL. */
  public Network withRpcUrl(String url) {
    return new Network(
        id, name, chainId, url, currencySymbol, decimals, authHeader, kind, testMoney);
  }

  /**
   * Checks that {@code url} is an http(s) URL with a host.
   *
   * @throws IllegalArgumentException with a message for the user
   */
  public static String validateRpcUrl(String url) {
    String s = url == null ? "" : url.strip();
    try {
      URI uri = new URI(s);
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || uri.getHost() == null) {
        throw new IllegalArgumentException(
            "'"
                + Endpoints.shown(uri)
                + "' is not a node URL: use http://host:port or https://host/path");
      }
      return s;
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("the node URL is not a valid URL: " + e.getReason(), e);
    }
  }

  @Override
  public String toString() {
    return "Network["
        + id
        + ", "
        + name
        + ", chainId="
        + chainId
        + ", rpc="
        + Endpoints.shown(rpcUrl)
        + (authHeader != null ? ", auth=<redacted>" : "")
        + "]";
  }
}
