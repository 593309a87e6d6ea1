package io.abacus.app.labels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.storage.InputLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The names of the Sandbox's demo businesses and its Test USD token, from the {@code labels.json}
 * the Sandbox writes; read again when the file changes. A damaged file gives no names (and one log
 * line), never an error on a page.
 */
final class SandboxNames {
  private static final Logger LOG = LoggerFactory.getLogger(SandboxNames.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path file;
  private FileTime readAt;
  private long chainId = -1;
  private Map<Address, String> names = Map.of();

  SandboxNames(Path file) {
    this.file = file;
  }

  /** The names on {@code chain}: none unless the file is for that chain. */
  synchronized Map<Address, String> names(long chain) {
    refresh();
    return chain == chainId ? names : Map.of();
  }

  private void refresh() {
    FileTime modified;
    try {
      // Asked for every address a table shows: without a Sandbox the file is missing, and
      // java.io.File says so without the exception (and its stack trace) NIO would build.
      modified = file.toFile().lastModified() == 0L ? null : Files.getLastModifiedTime(file);
    } catch (IOException missing) {
      modified = null;
    }
    if (modified == null) {
      readAt = null;
      chainId = -1;
      names = Map.of();
      return;
    }
    if (modified.equals(readAt)) {
      return;
    }
    readAt = modified;
    try {
      JsonNode root =
          JSON.readTree(InputLimits.read(file, "the Sandbox's names", InputLimits.LABELS_FILE));
      Map<Address, String> read = new LinkedHashMap<>();
      for (JsonNode n : root.path("labels")) {
        String name = n.path("name").asText("").strip();
        if (!name.isEmpty() && Address.isValid(n.path("address").asText(""))) {
          read.put(Address.parse(n.path("address").asText()), name);
        }
      }
      chainId = root.path("chainId").asLong(-1);
      names = Collections.unmodifiableMap(read);
    } catch (IOException | RuntimeException e) {
      LOG.warn("The Sandbox's names in {} cannot be read: {}", file, e.getMessage());
      chainId = -1;
      names = Map.of();
    }
  }
}
