package io.abacus.wallet.token;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.wallet.storage.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the Send page's token list of older versions: {@code
 * {"version":1,"items":[{"chainId","address","symbol","decimals"}]}}.
 */
final class LegacySendList {
  private LegacySendList() {}

  static List<Token> tokens(Path file, long chainId) throws IOException {
    Optional<byte[]> bytes = AtomicFile.read(file);
    if (bytes.isEmpty()) {
      return List.of();
    }
    JsonNode root = TokenListJson.JSON.readTree(bytes.get());
    if (root == null || root.path("version").asInt(-1) != 1) {
      throw new IOException(
          file + " has format version " + (root == null ? "?" : root.path("version")));
    }
    List<Token> out = new ArrayList<>();
    for (JsonNode n : root.path("items")) {
      if (n.path("chainId").asLong(-1) == chainId) {
        out.add(TokenListJson.token(n, file.toString()));
      }
    }
    return out;
  }
}
