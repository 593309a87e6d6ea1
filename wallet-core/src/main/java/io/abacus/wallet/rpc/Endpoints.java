package io.abacus.wallet.rpc;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * How a node URL is printed: scheme, host, port and path only. A {@code user:password@} part and
 * the query (where providers put {@code ?apikey=}) are credentials and never appear in a message, a
 * log line or JSON output.
 */
public final class Endpoints {
  private Endpoints() {}

  /** {@code url} without user info, query and fragment; a URL that does not parse is hidden. */
  public static String shown(String url) {
    if (url == null || url.isBlank()) {
      return "";
    }
    try {
      return shown(new URI(url.strip()));
    } catch (URISyntaxException e) {
      return "<unparseable URL>";
    }
  }

  /** {@code uri} without user info, query and fragment. */
  public static String shown(URI uri) {
    if (uri.getHost() == null) {
      return uri.getScheme() == null ? "<URL without host>" : uri.getScheme() + "://<no host>";
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    return uri.getScheme()
        + "://"
        + uri.getHost()
        + (uri.getPort() >= 0 ? ":" + uri.getPort() : "")
        + path;
  }

  /**
   * {@code text} with every appearance of {@code uri}'s secret parts (user info and query) cut out,
   * for messages that come from libraries and might quote the URL.
   */
  public static String scrub(String text, URI uri) {
    if (text == null) {
      return null;
    }
    String out = text.replace(uri.toString(), shown(uri));
    List<String> secrets = new ArrayList<>();
    secrets.add(uri.getRawUserInfo());
    secrets.add(uri.getRawQuery());
    if (uri.getRawUserInfo() != null) {
      secrets.addAll(List.of(uri.getRawUserInfo().split(":")));
    }
    if (uri.getRawQuery() != null) {
      for (String parameter : uri.getRawQuery().split("&")) {
        secrets.add(parameter.substring(parameter.indexOf('=') + 1));
      }
    }
    for (String secret : secrets) {
      if (secret != null && secret.length() >= 3) {
        out = out.replace(secret, "<redacted>");
      }
    }
    return out;
  }
}
