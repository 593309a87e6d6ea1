package io.abacus.app.invoices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.wallet.storage.AtomicFile;
import io.abacus.wallet.storage.LockedFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The seller's name and postal address printed on invoices, kept in {@code
 * <data>/payments/business.json} (version 1, written atomically under the file's lock).
 *
 * @param name the business name, may be empty
 * @param address the postal address, several lines, may be empty
 */
public record BusinessProfile(String name, String address) {
  private static final int VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  public BusinessProfile {
    name = name == null ? "" : name.strip();
    address = address == null ? "" : address.strip();
  }

  /** The profile file of a data folder. */
  public static Path fileIn(Path dataDirectory) {
    return dataDirectory.resolve("payments").resolve("business.json");
  }

  /** The saved profile, or an empty one. */
  public static BusinessProfile load(Path dataDirectory) throws IOException {
    Optional<byte[]> bytes = AtomicFile.read(fileIn(dataDirectory));
    if (bytes.isEmpty()) {
      return new BusinessProfile("", "");
    }
    JsonNode root = JSON.readTree(bytes.get());
    if (root.path("version").asInt(-1) != VERSION) {
      throw new IOException("the business profile has format version " + root.path("version"));
    }
    return new BusinessProfile(root.path("name").asText(""), root.path("address").asText(""));
  }

  /** Saves this profile. */
  public void save(Path dataDirectory) throws IOException {
    Path file = fileIn(dataDirectory);
    byte[] bytes =
        JSON.writeValueAsBytes(
            JSON.createObjectNode()
                .put("version", VERSION)
                .put("name", name)
                .put("address", address));
    LockedFile.withLock(
        file,
        () -> {
          AtomicFile.write(file, bytes);
          return null;
        });
  }
}
