package io.abacus.wallet.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.wallet.address.Address;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The token list format shared by the bundled lists and the per-network files: {@code
 * {"version":1,"chainId":1,"tokens":[{"address","symbol","name","decimals"}]}} ({@code name}
 * optional).
 */
final class TokenListJson {
  static final int VERSION = 1;
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private TokenListJson() {}

  /** True if {@code networkId} can name a file or resource. */
  static boolean safeId(String networkId) {
    return SAFE_ID.matcher(networkId).matches();
  }

  static List<Token> parse(JsonNode root, String where) throws IOException {
    if (root == null || root.path("version").asInt() != VERSION) {
      throw new IOException(
          where
              + ": unsupported token list version "
              + (root == null ? "?" : root.path("version")));
    }
    List<Token> out = new ArrayList<>();
    for (JsonNode t : root.path("tokens")) {
      out.add(token(t, where));
    }
    return out;
  }

  static Token token(JsonNode t, String where) throws IOException {
    try {
      return new Token(
          Address.parse(t.path("address").asText()),
          t.path("symbol").asText(),
          t.path("name").asText(""),
          t.path("decimals").asInt(-1));
    } catch (IllegalArgumentException e) {
      throw new IOException(where + ": bad token entry " + t + ": " + e.getMessage(), e);
    }
  }

  static ObjectNode write(long chainId, List<Token> tokens) {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", VERSION);
    root.put("chainId", chainId);
    ArrayNode array = root.putArray("tokens");
    for (Token t : tokens) {
      ObjectNode o =
          array
              .addObject()
              .put("address", t.address().toString())
              .put("symbol", t.symbol())
              .put("decimals", t.decimals());
      if (!t.name().isEmpty()) {
        o.put("name", t.name());
      }
    }
    return root;
  }
}
