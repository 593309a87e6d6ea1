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
 * #VERSION}): the Test USD and multi-send contract addresses.
 */
final class SandboxInfo {
  static final int VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path file;

  SandboxInfo(Path file) {
    this.file = file;
  }

  Optional<Address> tokenAddress() {
    return address("testUsd");
  }

  /** The multi-send contract deployed at start, if recorded. */
  Optional<Address> multiSendAddress() {
    return address("multiSend");
  }

  void recordToken(Address token) {
    record("testUsd", token);
  }

  void recordMultiSend(Address contract) {
    record("multiSend", contract);
  }

  private Optional<Address> address(String key) {
    return read().filter(o -> o.hasNonNull(key)).map(o -> Address.parse(o.get(key).asText()));
  }

  private Optional<ObjectNode> read() {
    try {
      Optional<byte[]> bytes = AtomicFile.read(file);
      if (bytes.isEmpty()) {
        return Optional.empty();
      }
      JsonNode o = JSON.readTree(bytes.get());
      if (!(o instanceof ObjectNode n) || o.path("version").asInt() != VERSION) {
        return Optional.empty();
      }
      return Optional.of(n);
    } catch (IOException | RuntimeException unreadable) {
      // Only a cache of what is on chain: the caller checks the code and redeploys if needed.
      return Optional.empty();
    }
  }

  /** Records {@code key}, keeping what else the file records. */
  private void record(String key, Address address) {
    ObjectNode o = read().orElseGet(JSON::createObjectNode);
    o.put("version", VERSION);
    o.put("chainId", SandboxNetwork.CHAIN_ID);
    o.put(key, address.toString());
    try {
      AtomicFile.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(o));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
