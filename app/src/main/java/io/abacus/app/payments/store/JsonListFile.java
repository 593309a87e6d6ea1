package io.abacus.app.payments.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.wallet.storage.AtomicFile;
import io.abacus.wallet.storage.LockedFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A versioned JSON file holding one list of records ({@code {"version":1,"items":[..]}}), written
 * with {@link AtomicFile} so a crash mid-write never loses what was there, under a {@link
 * LockedFile} lock so that a write computed from an old version fails instead of dropping another
 * process's change.
 */
final class JsonListFile<T> {
  static final int VERSION = 1;
  private final ObjectMapper mapper =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private final Path file;
  private final Class<T> type;
  private byte[] lastRead;

  JsonListFile(Path file, Class<T> type) {
    this.file = file;
    this.type = type;
  }

  Path file() {
    return file;
  }

  synchronized List<T> read() throws IOException {
    Optional<byte[]> bytes = AtomicFile.read(file);
    lastRead = bytes.orElse(null);
    return parse(bytes);
  }

  /**
   * Reads, changes and writes the list under the file's cross-process lock, so a change another
   * process made meanwhile is kept.
   */
  synchronized void update(UnaryOperator<List<T>> change) throws IOException {
    LockedFile.withLock(
        file,
        () -> {
          write(change.apply(new ArrayList<>(read())));
          return null;
        });
  }

  private List<T> parse(Optional<byte[]> bytes) throws IOException {
    if (bytes.isEmpty()) {
      return List.of();
    }
    JsonNode root = mapper.readTree(bytes.get());
    int version = root.path("version").asInt(-1);
    if (version != VERSION) {
      throw new IOException(
          file + " has format version " + version + "; this Abacus reads version " + VERSION);
    }
    List<T> out = new ArrayList<>();
    for (JsonNode n : root.path("items")) {
      out.add(mapper.treeToValue(n, type));
    }
    return out;
  }

  /**
   * Writes the list under the file's cross-process lock. If another process (or another store on
   * the same file) changed the file since this one last read it, nothing is written and the call
   * fails: the caller's list was computed from an old version.
   */
  synchronized void write(List<T> items) throws IOException {
    ObjectNode root = mapper.createObjectNode();
    root.put("version", VERSION);
    root.set("items", mapper.valueToTree(items));
    byte[] bytes = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    LockedFile.withLock(
        file,
        () -> {
          byte[] now = AtomicFile.read(file).orElse(null);
          if (!Arrays.equals(now, lastRead)) {
            lastRead = null;
            throw new IOException(
                file.getFileName() + " was changed by another Abacus process meanwhile; try again");
          }
          AtomicFile.write(file, bytes);
          lastRead = bytes;
          return null;
        });
  }
}
