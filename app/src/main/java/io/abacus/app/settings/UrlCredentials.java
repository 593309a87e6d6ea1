package io.abacus.app.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Finds the credentials inside a node URL: a user and password ({@code https://user:pass@host}), a
 * query string ({@code ?apikey=...}) and path segments that look like API keys (20 or more letters
 * and digits, as in {@code https://mainnet.example.io/v3/<key>}). {@link #redact} replaces them
 * with {@code ***}, which is what the settings file keeps and what a URL shown to the user or
 * written to a log should look like.
 */
public final class UrlCredentials {
  static final String MASK = "***";
  private static final Pattern KEY_LIKE =
      Pattern.compile("(?=.*[0-9])(?=.*[A-Za-z])[A-Za-z0-9_-]{20,}");

  private UrlCredentials() {}

  /** True if {@code url} holds something {@link #redact} would hide. */
  public static boolean present(String url) {
    return !redact(url).equals(url);
  }

  /**
   * {@code url} with its credentials replaced by {@code ***}; a URL that does not parse is masked.
   */
  public static String redact(String url) {
    if (url == null || url.isEmpty()) {
      return url;
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException unparsable) {
      return MASK;
    }
    if (uri.getRawAuthority() == null) {
      return url;
    }
    String authority = uri.getRawAuthority();
    int at = authority.lastIndexOf('@');
    StringBuilder out = new StringBuilder();
    out.append(uri.getScheme()).append("://");
    out.append(at >= 0 ? MASK + authority.substring(at) : authority);
    out.append(redactPath(uri.getRawPath()));
    if (uri.getRawQuery() != null) {
      out.append('?').append(MASK);
    }
    if (uri.getRawFragment() != null) {
      out.append('#').append(uri.getRawFragment());
    }
    return out.toString();
  }

  private static String redactPath(String path) {
    if (path == null || path.isEmpty()) {
      return "";
    }
    String[] segments = path.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      if (KEY_LIKE.matcher(segments[i]).matches()) {
        segments[i] = MASK;
      }
    }
    return String.join("/", segments);
  }
}
