package io.abacus.wallet.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.storage.AtomicFile;
import io.abacus.wallet.storage.LockedFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tokens the user added anywhere in the app, one file per network: {@code
 * <data>/tokens/<network-id>.json}.
 *
 * <p>Older versions kept the tokens added on Send in {@code <data>/payments/tokens.json} (all
 * chains in one list). Those of a network's chain are copied into the network's file the first time
 * it is read, and the file records that ({@code "imported":["payments/tokens.json"]}) so they are
 * copied once. The old file is left as it is.
 */
public final class AddedTokens implements TokenSource {
  /** Where older versions kept the tokens added on Send, relative to the data folder. */
  public static final String SEND_LIST = "payments/tokens.json";

  private final Path folder;
  private final Path sendList;

  /**
   * @param folder the folder of the per-network files
   * @param sendList the old Send list to import from
   */
  public AddedTokens(Path folder, Path sendList) {
    this.folder = folder;
    this.sendList = sendList;
  }

  /** The files of {@code dataDirectory}. */
  public static AddedTokens inDataDirectory(Path dataDirectory) {
    return new AddedTokens(dataDirectory.resolve("tokens"), dataDirectory.resolve(SEND_LIST));
  }

  /** Tokens the user added on {@code network}, those of older versions included. */
  @Override
  public synchronized List<Token> tokens(Network network) throws IOException {
    Path file = file(network);
    // Under the file's lock: the first read may write the migrated list, and another Abacus
    // process may be adding a token at the same moment.
    return LockedFile.withLock(file, () -> read(network, file));
  }

  private List<Token> read(Network network, Path file) throws IOException {
    Optional<byte[]> bytes = AtomicFile.read(file);
    JsonNode root = bytes.isEmpty() ? null : TokenListJson.JSON.readTree(bytes.get());
    List<Token> tokens =
        root == null
            ? new ArrayList<>()
            : new ArrayList<>(TokenListJson.parse(root, file.toString()));
    if (root != null && imported(root)) {
      return tokens;
    }
    List<Token> old = LegacySendList.tokens(sendList, network.chainId());
    for (Token t : old) {
      if (tokens.stream().noneMatch(x -> x.address().equals(t.address()))) {
        tokens.add(t);
      }
    }
    if (root != null || !old.isEmpty()) {
      save(network, tokens);
    }
    return tokens;
  }

  /** Remembers a token the user added (replacing one with the same address). */
  public synchronized void add(Network network, Token token) throws IOException {
    Path file = file(network);
    LockedFile.withLock(
        file,
        () -> {
          List<Token> list = new ArrayList<>(read(network, file));
          list.removeIf(t -> t.address().equals(token.address()));
          list.add(token);
          save(network, list);
          return null;
        });
  }

  private static boolean imported(JsonNode root) {
    for (JsonNode n : root.path("imported")) {
      if (SEND_LIST.equals(n.asText())) {
        return true;
      }
    }
    return false;
  }

  private void save(Network network, List<Token> tokens) throws IOException {
    ObjectNode root = TokenListJson.write(network.chainId(), tokens);
    root.putArray("imported").add(SEND_LIST);
    AtomicFile.write(
        file(network), TokenListJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
  }

  private Path file(Network network) throws IOException {
    if (!TokenListJson.safeId(network.id())) {
      throw new IOException("network id '" + network.id() + "' cannot name a file");
    }
    return folder.resolve(network.id() + ".json");
  }
}
