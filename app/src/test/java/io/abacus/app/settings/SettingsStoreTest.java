package io.abacus.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.secrets.FileSecretStore;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.storage.AtomicFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
    return new SettingsStore(
        data, presets, SettingsMigrations.standard(), () -> FileSecretStore.in(data));
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
  void credentialsAreKeptApartFromTheSettingsFile() throws Exception {
    Network node =
        new Network(
            "infura",
            "Mainnet via a provider",
            1,
            "https://user:pa55word@mainnet.example.io/v3/0123456789abcdef0123456789abcdef?key=k3y",
            "ETH",
            18,
            "Bearer s3cret",
            Network.Kind.CUSTOM,
            false);
    Settings s = store().load(Locale.ENGLISH).withNetwork(node);
    store().save(s);
    String file = Files.readString(data.resolve("settings.json"));
    assertThat(file)
        .doesNotContain("s3cret", "pa55word", "0123456789abcdef", "k3y")
        .contains("https://***@mainnet.example.io/v3/***?***");
    assertThat(store().load(Locale.ENGLISH).network("infura")).contains(node);
    Path secrets = data.resolve("secrets/credentials.json");
    assertThat(Files.readString(secrets)).contains("s3cret", "pa55word");
    if (Files.getFileStore(data).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets)))
          .isEqualTo("rw-------");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets.getParent())))
          .isEqualTo("rwx------");
    }

    store().save(store().load(Locale.ENGLISH).withNetwork(node.withRpcUrl("https://n.example")));
    assertThat(Files.readString(secrets)).doesNotContain("pa55word").contains("s3cret");
  }

  @Test
  void aVersionOneFileWithCredentialsIsMigratedAndNoneLeftInTheFileOrItsBackup() throws Exception {
    Path file = data.resolve("settings.json");
    String legacy =
        "{\"version\":1,\"theme\":\"DARK\",\"selectedNetworkId\":\"besu-1\",\"networks\":["
            + "{\"id\":\"besu-1\",\"name\":\"Consortium\",\"chainId\":2024,"
            + "\"rpcUrl\":\"https://alice:hunter2@besu.example:8545/rpc\",\"currencySymbol\":\"CON\","
            + "\"decimals\":0,\"authHeader\":\"Bearer s3cret\",\"kind\":\"CUSTOM\"}]}";
    AtomicFile.write(file, legacy.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    AtomicFile.write(file, legacy.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    Settings migrated = store().load(Locale.ENGLISH);

    Network besu = migrated.selectedNetwork().orElseThrow();
    assertThat(besu.auth()).contains("Bearer s3cret");
    assertThat(besu.rpcUrl()).isEqualTo("https://alice:hunter2@besu.example:8545/rpc");
    for (Path p : List.of(file, AtomicFile.backupOf(file))) {
      // Only the mark of a stored credential is left: "authHeader" : "***".
      assertThat(Files.readString(p)).doesNotContain("s3cret", "hunter2", "Bearer");
    }
    assertThat(Files.readString(file)).contains("\"version\" : " + Settings.CURRENT_VERSION);
    assertThat(store().load(Locale.ENGLISH)).isEqualTo(migrated);
  }

  @Test
  void aUrlEditedByHandSinceItsSecretWasStoredKeepsTheEdit() throws Exception {
    Network node =
        new Network(
            "n", "N", 5, "https://u:p@a.example", "ETH", 18, null, Network.Kind.CUSTOM, false);
    store().save(store().load(Locale.ENGLISH).withNetwork(node));
    Path file = data.resolve("settings.json");
    Files.writeString(
        file, Files.readString(file).replace("https://***@a.example", "https://b.example"));
    assertThat(store().load(Locale.ENGLISH).network("n").orElseThrow().rpcUrl())
        .isEqualTo("https://b.example");
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
