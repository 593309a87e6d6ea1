package io.abacus.app.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.storage.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The tokens of a network: the bundled list ({@code /abacus/tokens/<network-id>.json}), the
 * Sandbox's Test USD on the Sandbox network, and those the user added by contract address (kept in
 * {@code <data>/tokens/<network-id>.json}, format version {@value #VERSION}).
 */
public final class TokenList {
  static final int VERSION = 1;
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path folder;
  private final Supplier<Optional<Address>> sandboxToken;

  /**
   * @param dataDirectory the data folder; user tokens go to its {@code tokens} folder
   * @param sandboxToken the Sandbox's Test USD contract, if deployed
   */
  public TokenList(Path dataDirectory, Supplier<Optional<Address>> sandboxToken) {
    this.folder = dataDirectory.resolve("tokens");
    this.sandboxToken = sandboxToken;
  }

  /** All tokens of {@code network}, bundled first, without duplicates. */
  public List<Token> tokens(Network network) throws IOException {
    List<Token> all = new ArrayList<>(bundled(network.id()));
    if (network.kind() == Network.Kind.SANDBOX) {
      sandboxToken.get().ifPresent(a -> all.add(new Token(a, "TUSD", 6)));
    }
    for (Token t : added(network)) {
      if (all.stream().noneMatch(x -> x.address().equals(t.address()))) {
        all.add(t);
      }
    }
    return all;
  }

  /** Tokens the user added on {@code network}. */
  public List<Token> added(Network network) throws IOException {
    Optional<byte[]> bytes = AtomicFile.read(file(network));
    return bytes.isEmpty() ? List.of() : parse(JSON.readTree(bytes.get()));
  }

  /** Remembers a token the user added (replacing one with the same address). */
  public synchronized void add(Network network, Token token) throws IOException {
    List<Token> list = new ArrayList<>(added(network));
    list.removeIf(t -> t.address().equals(token.address()));
    list.add(token);
    ObjectNode root = JSON.createObjectNode();
    root.put("version", VERSION);
    root.put("chainId", network.chainId());
    ArrayNode array = root.putArray("tokens");
    for (Token t : list) {
      array
          .addObject()
          .put("address", t.address().toString())
          .put("symbol", t.symbol())
          .put("decimals", t.decimals());
    }
    AtomicFile.write(file(network), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
  }

  static List<Token> bundled(String networkId) throws IOException {
    if (!SAFE_ID.matcher(networkId).matches()) {
      return List.of();
    }
    try (InputStream in =
        TokenList.class.getResourceAsStream("/abacus/tokens/" + networkId + ".json")) {
      return in == null ? List.of() : parse(JSON.readTree(in));
    }
  }

  private static List<Token> parse(JsonNode root) throws IOException {
    if (root == null || root.path("version").asInt() != VERSION) {
      throw new IOException(
          "unsupported token list version " + (root == null ? "?" : root.path("version")));
    }
    List<Token> out = new ArrayList<>();
    for (JsonNode t : root.path("tokens")) {
      try {
        out.add(
            new Token(
                Address.parse(t.path("address").asText()),
                t.path("symbol").asText(),
                t.path("decimals").asInt(-1)));
      } catch (IllegalArgumentException e) {
        throw new IOException("bad token entry " + t + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private Path file(Network network) throws IOException {
    if (!SAFE_ID.matcher(network.id()).matches()) {
      throw new IOException("network id '" + network.id() + "' cannot name a file");
    }
    return folder.resolve(network.id() + ".json");
  }
}
