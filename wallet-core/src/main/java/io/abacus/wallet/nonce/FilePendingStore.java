package io.abacus.wallet.nonce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.storage.AtomicFile;
import io.abacus.wallet.storage.LockedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link PendingStore} in a versioned JSON file ({@code {"version":1,"pending":[..]}}) written
 * with {@link AtomicFile}, so the wallet remembers its in-flight nonces across runs.
 */
public final class FilePendingStore implements PendingStore {
  private static final int VERSION = 1;
  private final ObjectMapper mapper = new ObjectMapper();
  private final Path file;

  public FilePendingStore(Path file) {
    this.file = file;
  }

  @Override
  public synchronized List<PendingTransaction> pending(Address from, long chainId) {
    return load().stream().filter(p -> p.from().equals(from) && p.chainId() == chainId).toList();
  }

  @Override
  public synchronized List<PendingTransaction> all() {
    return load();
  }

  @Override
  public synchronized void add(PendingTransaction tx) {
    locked(
        () -> {
          List<PendingTransaction> all = new ArrayList<>(load());
          all.removeIf(p -> p.hash().equals(tx.hash()));
          all.add(tx);
          save(all);
        });
  }

  @Override
  public synchronized void remove(HexBytes hash) {
    locked(
        () -> {
          List<PendingTransaction> all = new ArrayList<>(load());
          if (all.removeIf(p -> p.hash().equals(hash))) {
            save(all);
          }
        });
  }

  /** Runs a read-modify-write under the journal's cross-process lock. */
  private void locked(Runnable change) {
    try {
      LockedFile.withLock(
          file,
          () -> {
            change.run();
            return null;
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update " + file + ": " + e.getMessage(), e);
    }
  }

  private List<PendingTransaction> load() {
    try {
      Optional<byte[]> bytes = AtomicFile.read(file);
      if (bytes.isEmpty()) {
        return List.of();
      }
      JsonNode root = mapper.readTree(bytes.get());
      if (root.path("version").asInt() != VERSION) {
        throw new IllegalStateException(
            file + " has version " + root.path("version") + "; this Abacus reads version 1");
      }
      List<PendingTransaction> out = new ArrayList<>();
      for (JsonNode n : root.path("pending")) {
        out.add(
            new PendingTransaction(
                HexBytes.parse(n.get("hash").asText()),
                Address.parse(n.get("from").asText()),
                n.get("chainId").asLong(),
                new BigInteger(n.get("nonce").asText()),
                HexBytes.parse(n.get("raw").asText())));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private void save(List<PendingTransaction> all) {
    ObjectNode root = mapper.createObjectNode();
    root.put("version", VERSION);
    ArrayNode list = root.putArray("pending");
    for (PendingTransaction p : all) {
      ObjectNode n = list.addObject();
      n.put("hash", p.hash().toHex());
      n.put("from", p.from().toString());
      n.put("chainId", p.chainId());
      n.put("nonce", p.nonce().toString());
      n.put("raw", p.raw().toHex());
    }
    try {
      AtomicFile.write(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
