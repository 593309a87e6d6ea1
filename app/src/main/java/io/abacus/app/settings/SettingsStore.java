package io.abacus.app.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.storage.AtomicFile;
import io.abacus.wallet.storage.LockedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Loads and saves {@code settings.json} atomically, migrating older formats. A corrupt file falls
 * back to the previous version kept beside it; with neither, first-start defaults are used.
 */
public final class SettingsStore {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final List<Network> presets;
  private final SettingsMigrations migrations;

  public SettingsStore(Path dataDirectory, List<Network> presets, SettingsMigrations migrations) {
    this.file = dataDirectory.resolve("settings.json");
    this.presets = List.copyOf(presets);
    this.migrations = migrations;
  }

  public Path file() {
    return file;
  }

  /** The stored settings, or defaults for {@code systemLocale} on first start. */
  public Settings load(Locale systemLocale) {
    try {
      Optional<byte[]> current = AtomicFile.read(file);
      if (current.isEmpty()) {
        return Settings.defaults(presets, Language.forLocale(systemLocale));
      }
      try {
        return parse(current.get());
      } catch (JsonProcessingException | IllegalArgumentException corrupt) {
        Optional<byte[]> previous = AtomicFile.readBackup(file);
        if (previous.isPresent()) {
          return parse(previous.get());
        }
        throw new SettingsException(
            file + " is damaged and has no previous version: " + corrupt.getMessage(), corrupt);
      }
    } catch (IOException e) {
      throw new SettingsException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  public void save(Settings settings) {
    try {
      byte[] bytes =
          JSON.writerWithDefaultPrettyPrinter()
              .writeValueAsString(SettingsJson.toJson(settings))
              .getBytes(StandardCharsets.UTF_8);
      LockedFile.update(file, current -> bytes);
    } catch (IOException e) {
      throw new SettingsException("cannot save " + file + ": " + e.getMessage(), e);
    }
  }

  private Settings parse(byte[] bytes) throws JsonProcessingException {
    JsonNode doc = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
    if (!(doc instanceof ObjectNode object)) {
      throw new IllegalArgumentException("settings.json is not a JSON object");
    }
    return SettingsJson.settings(migrations.migrate(object), presets);
  }
}
