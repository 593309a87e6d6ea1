package io.abacus.app.explorer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.storage.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Addresses the user watches, stored next to the address book in {@code watchlist.json} (versioned,
 * written with {@link AtomicFile}); names come from the address book.
 */
public final class Watchlist {
  public static final int FORMAT_VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path file;
  private final Set<Address> addresses = new LinkedHashSet<>();

  private Watchlist(Path file) {
    this.file = file;
  }

  /** The watchlist in {@code dataDirectory} (empty when none yet). */
  public static Watchlist open(Path dataDirectory) throws IOException {
    Watchlist w = new Watchlist(dataDirectory.resolve("watchlist.json"));
    Optional<byte[]> bytes = AtomicFile.read(w.file);
    if (bytes.isPresent()) {
      JsonNode root = JSON.readTree(bytes.get());
      if (root.path("version").asInt() != FORMAT_VERSION) {
        throw new IOException("unsupported watchlist version in " + w.file);
      }
      for (JsonNode a : root.path("addresses")) {
        w.addresses.add(Address.parse(a.asText()));
      }
    }
    return w;
  }

  public synchronized boolean contains(Address a) {
    return addresses.contains(a);
  }

  public synchronized List<Address> all() {
    return List.copyOf(addresses);
  }

  /** Adds or removes {@code a} and saves. */
  public synchronized void set(Address a, boolean watched) throws IOException {
    boolean changed = watched ? addresses.add(a) : addresses.remove(a);
    if (changed) {
      ObjectNode root = JSON.createObjectNode();
      root.put("version", FORMAT_VERSION);
      ArrayNode list = root.putArray("addresses");
      addresses.forEach(x -> list.add(x.toString()));
      AtomicFile.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }
  }
}
