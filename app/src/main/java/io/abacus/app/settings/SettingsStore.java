package io.abacus.app.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.secrets.SecretStore;
import io.abacus.app.secrets.SecretStoreException;
import io.abacus.app.secrets.SecretStores;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.storage.AtomicFile;
import io.abacus.wallet.storage.LockedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Loads and saves {@code settings.json} atomically, migrating older formats. A corrupt file falls
 * back to the previous version kept beside it; with neither, first-start defaults are used. Node
 * credentials never reach the file: they are kept in a {@link SecretStore} and put back into the
 * loaded {@link Network}s ({@link NodeSecrets}); a file that still holds some (written before
 * format 2) is rewritten without them at once, its previous version too.
 */
public final class SettingsStore {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final LegacyBusinessFile legacyBusiness;
  private final List<Network> presets;
  private final SettingsMigrations migrations;

  private final Supplier<SecretStore> secrets;

  /** A store whose credentials go to this machine's {@link SecretStores secret store}. */
  public SettingsStore(Path dataDirectory, List<Network> presets, SettingsMigrations migrations) {
    this(
        dataDirectory,
        presets,
        migrations,
        () -> SecretStores.forThisMachine(dataDirectory, System.getenv()));
  }

  /** A store whose credentials go to {@code secrets} (asked for on first use). */
  public SettingsStore(
      Path dataDirectory,
      List<Network> presets,
      SettingsMigrations migrations,
      Supplier<SecretStore> secrets) {
    this.file = dataDirectory.resolve("settings.json");
    this.legacyBusiness = new LegacyBusinessFile(dataDirectory);
    this.presets = List.copyOf(presets);
    this.migrations = migrations;
    this.secrets = SecretStores.once(secrets);
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
        return withBusinessMoved(current.get(), withSecrets(parse(current.get())));
      } catch (JsonProcessingException | IllegalArgumentException corrupt) {
        Optional<byte[]> previous = AtomicFile.readBackup(file);
        if (previous.isPresent()) {
          return withSecrets(parse(previous.get()));
        }
        throw new SettingsException(
            file + " is damaged and has no previous version: " + corrupt.getMessage(), corrupt);
      }
    } catch (IOException e) {
      throw new SettingsException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Applies {@code change} to the settings as they are on disk now and saves the result, holding
   * the file's lock from the read to the write: a change made meanwhile by another Abacus process
   * (the command line adding a network while the app runs) is kept, not overwritten.
   *
   * @param ifMissing the settings to change when there is no file yet
   * @return what was saved
   */
  public Settings update(UnaryOperator<Settings> change, Settings ifMissing) {
    try {
      return LockedFile.withLock(
          file,
          () -> {
            Settings next =
                change.apply(AtomicFile.read(file).isEmpty() ? ifMissing : load(Locale.ROOT));
            save(next);
            return next;
          });
    } catch (IOException e) {
      throw new SettingsException("cannot save " + file + ": " + e.getMessage(), e);
    }
  }

  /** Saves {@code settings}: credentials to the secret store, the rest to the file. */
  public void save(Settings settings) {
    try {
      LockedFile.withLock(
          file,
          () -> {
            Settings bare = new NodeSecrets(secrets.get()).splitOut(settings, asOnDisk());
            byte[] bytes =
                JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(SettingsJson.toJson(bare))
                    .getBytes(StandardCharsets.UTF_8);
            LockedFile.update(file, current -> bytes);
            return null;
          });
    } catch (IOException e) {
      throw new SettingsException("cannot save " + file + ": " + e.getMessage(), e);
    } catch (SecretStoreException e) {
      throw new SettingsException("cannot save the node credentials: " + e.getMessage(), e);
    }
  }

  /** The file's settings with their credential marks, not resolved; null if none can be read. */
  private Settings asOnDisk() throws IOException {
    Optional<byte[]> current = AtomicFile.read(file);
    if (current.isEmpty()) {
      return null;
    }
    try {
      return parse(current.get());
    } catch (JsonProcessingException | IllegalArgumentException | SettingsException damaged) {
      return null;
    }
  }

  /**
   * Puts the stored credentials into {@code read}; credentials found in the file itself (an older
   * format) are moved to the secret store, and the file saved twice so that its kept previous
   * version holds none either. A file marking a credential the store no longer has is saved again
   * without the mark, so the store is not asked for it on every start.
   */
  private Settings withSecrets(Settings read) {
    if (read.networks().stream().anyMatch(NodeSecrets::hasCredentials)) {
      save(read);
      save(read);
    }
    Settings resolved = new NodeSecrets(secrets.get()).resolve(read);
    if (NodeSecrets.marksMissing(read, resolved)) {
      save(resolved);
    }
    return resolved;
  }

  /**
   * Moves the business of {@code payments/business.json} into {@code read} when the file was
   * written in a format before 4 (which kept it there), saves the result and deletes the old file.
   * Once the settings are saved in format 4 this never happens again.
   */
  private Settings withBusinessMoved(byte[] bytes, Settings read) throws IOException {
    if (JSON.readTree(bytes).path("version").asInt(0) >= 4) {
      return read;
    }
    Optional<InvoiceSettings> legacy = legacyBusiness.read();
    if (legacy.isEmpty()) {
      return read;
    }
    Settings moved =
        read.withInvoicing(
            read.invoicing()
                .withBusiness(legacy.get().businessName(), legacy.get().businessAddress()));
    save(moved);
    legacyBusiness.delete();
    return moved;
  }

  private Settings parse(byte[] bytes) throws JsonProcessingException {
    JsonNode doc = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
    if (!(doc instanceof ObjectNode object)) {
      throw new IllegalArgumentException("settings.json is not a JSON object");
    }
    return SettingsJson.settings(migrations.migrate(object), presets);
  }
}
