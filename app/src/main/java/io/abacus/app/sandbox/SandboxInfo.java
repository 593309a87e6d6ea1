package io.abacus.app.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.storage.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the Sandbox set up on its chain, kept in {@code sandbox.json} (format version {@value
 * #VERSION}): the Test USD contract address.
 */
final class SandboxInfo {
  static final int VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path file;

  SandboxInfo(Path file) {
    this.file = file;
  }

  Optional<Address> tokenAddress() {
    try {
      Optional<byte[]> bytes = AtomicFile.read(file);
      if (bytes.isEmpty()) {
        return Optional.empty();
      }
      JsonNode o = JSON.readTree(bytes.get());
      if (o == null || o.path("version").asInt() != VERSION || !o.hasNonNull("testUsd")) {
        return Optional.empty();
      }
      return Optional.of(Address.parse(o.get("testUsd").asText()));
    } catch (IOException | RuntimeException unreadable) {
      // Only a cache of what is on chain: the caller checks the code and redeploys if needed.
      return Optional.empty();
    }
  }

  void recordToken(Address token) {
    ObjectNode o = JSON.createObjectNode();
    o.put("version", VERSION);
    o.put("chainId", SandboxNetwork.CHAIN_ID);
    o.put("testUsd", token.toString());
    try {
      AtomicFile.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(o));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
