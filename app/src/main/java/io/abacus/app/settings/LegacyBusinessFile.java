package io.abacus.app.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.wallet.storage.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code <data>/payments/business.json} (version 1), where the Invoices page kept the business name
 * and address before settings format 4. {@link SettingsStore} moves it into the settings once and
 * deletes it.
 */
final class LegacyBusinessFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  LegacyBusinessFile(Path dataDirectory) {
    this.file = dataDirectory.resolve("payments").resolve("business.json");
  }

  /** The business the file holds (the kept previous version if it is damaged), if any. */
  Optional<InvoiceSettings> read() throws IOException {
    Optional<byte[]> bytes = AtomicFile.read(file);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse(bytes.get()));
    } catch (IOException damaged) {
      Optional<byte[]> previous = AtomicFile.readBackup(file);
      return previous.isEmpty() ? Optional.empty() : Optional.of(parse(previous.get()));
    }
  }

  /** Deletes the file and its previous version. */
  void delete() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(AtomicFile.backupOf(file));
  }

  private static InvoiceSettings parse(byte[] bytes) throws IOException {
    JsonNode root = JSON.readTree(bytes);
    if (root == null || root.path("version").asInt(-1) != 1) {
      throw new IOException("business.json is not format 1");
    }
    return new InvoiceSettings(
        root.path("name").asText(""),
        root.path("address").asText(""),
        InvoiceSettings.DEFAULT_CONFIRMATIONS);
  }
}
