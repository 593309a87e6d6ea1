package io.abacus.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.storage.AtomicFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
  @TempDir Path data;
  private final List<Network> presets = NetworkPresets.load();

  private SettingsStore store() {
    return new SettingsStore(data, presets, SettingsMigrations.standard());
  }

  @Test
  void presetsIncludeSandboxAndUserConfiguredPublicNetworks() {
    assertThat(presets).extracting(Network::id).contains("sandbox", "ethereum", "sepolia", "local");
    Network ethereum = presets.stream().filter(n -> n.id().equals("ethereum")).findFirst().get();
    assertThat(ethereum.chainId()).isEqualTo(1);
    // Private by default: no third-party node is configured for the user.
    assertThat(ethereum.hasRpcUrl()).isFalse();
    assertThat(presets.get(0).kind()).isEqualTo(Network.Kind.SANDBOX);
    assertThat(presets.get(0).testMoney()).isTrue();
  }

  @Test
  void firstStartGivesDefaultsOnTheSandboxInTheSystemLanguage() {
    Settings s = store().load(Locale.SIMPLIFIED_CHINESE);
    assertThat(s.language()).isEqualTo(Language.SIMPLIFIED_CHINESE);
    assertThat(s.selectedNetworkId()).isEqualTo("sandbox");
    assertThat(s.autoLockMinutes()).isEqualTo(10);
    assertThat(s.theme()).isEqualTo(Theme.LIGHT);
  }

  @Test
  void savedSettingsRoundTripIncludingCustomNetworksWithAuth() {
    Network besu =
        new Network(
            "besu-1",
            "Consortium",
            2024,
            "https://besu.example:8545",
            "CON",
            0,
            "Bearer s3cret",
            Network.Kind.CUSTOM,
            false);
    Settings s =
        store()
            .load(Locale.ENGLISH)
            .withTheme(Theme.DARK)
            .withAutoLockMinutes(3)
            .withNetwork(besu)
            .withSelectedNetwork("besu-1");
    store().save(s);
    Settings loaded = store().load(Locale.ENGLISH);
    assertThat(loaded).isEqualTo(s);
    assertThat(loaded.selectedNetwork()).contains(besu);
    assertThat(besu.toString()).doesNotContain("s3cret");
  }

  @Test
  void damagedFileFallsBackToThePreviousVersion() throws Exception {
    store().save(store().load(Locale.ENGLISH).withTheme(Theme.DARK));
    store().save(store().load(Locale.ENGLISH).withAutoLockMinutes(5));
    Files.writeString(data.resolve("settings.json"), "{ not json");
    Settings recovered = store().load(Locale.ENGLISH);
    assertThat(recovered.theme()).isEqualTo(Theme.DARK);
    assertThat(recovered.autoLockMinutes()).isEqualTo(10);
  }

  @Test
  void damagedFileWithoutBackupIsAClearError() throws Exception {
    Files.writeString(data.resolve("settings.json"), "[1,2]");
    assertThatThrownBy(() -> store().load(Locale.ENGLISH))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("damaged");
  }

  @Test
  void unversionedFileIsMigratedAndNewerFormatIsRefused() throws Exception {
    Files.writeString(data.resolve("settings.json"), "{\"theme\":\"DARK\"}");
    Settings migrated = store().load(Locale.ENGLISH);
    assertThat(migrated.version()).isEqualTo(Settings.CURRENT_VERSION);
    assertThat(migrated.theme()).isEqualTo(Theme.DARK);
    assertThat(migrated.networks()).hasSameSizeAs(presets);

    AtomicFile.write(data.resolve("settings.json"), "{\"version\":99}".getBytes());
    assertThatThrownBy(() -> store().load(Locale.ENGLISH))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("newer Abacus");
  }

  @Test
  void migrationsRunInOrderFromTheFilesVersion() {
    UnaryOperator<ObjectNode> oneToTwo = doc -> doc.put("renamed", doc.remove("old").asText());
    SettingsMigrations m =
        new SettingsMigrations(2, Map.of(0, d -> d.put("old", "x"), 1, oneToTwo));
    ObjectNode doc = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
    ObjectNode out = m.migrate(doc);
    assertThat(out.path("version").asInt()).isEqualTo(2);
    assertThat(out.path("renamed").asText()).isEqualTo("x");
  }

  @Test
  void builtInNetworksCannotBeRemoved() {
    Settings s = store().load(Locale.ENGLISH);
    assertThatThrownBy(() -> s.withoutNetwork("sandbox"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
