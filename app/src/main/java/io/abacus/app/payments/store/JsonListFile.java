package io.abacus.app.payments.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.wallet.storage.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A versioned JSON file holding one list of records ({@code {"version":1,"items":[..]}}), written
 * with {@link AtomicFile} so a crash mid-write never loses what was there.
 */
final class JsonListFile<T> {
  static final int VERSION = 1;
  private final ObjectMapper mapper =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private final Path file;
  private final Class<T> type;

  JsonListFile(Path file, Class<T> type) {
    this.file = file;
    this.type = type;
  }

  Path file() {
    return file;
  }

  synchronized List<T> read() throws IOException {
    Optional<byte[]> bytes = AtomicFile.read(file);
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

  synchronized void write(List<T> items) throws IOException {
    ObjectNode root = mapper.createObjectNode();
    root.put("version", VERSION);
    root.set("items", mapper.valueToTree(items));
    AtomicFile.write(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
  }
}
