package io.abacus.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.app.sandbox.SandboxException;
import io.abacus.app.secrets.FileSecretStore;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.storage.AtomicFile;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings format 5: a multi-send contract per network, and the migration from format 4. */
class MultiSendSettingsTest {
  private static final Address ETHEREUM_CONTRACT =
      Address.parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");
  private static final Address BESU_CONTRACT =
      Address.parse("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512");

  @TempDir Path data;

  private SettingsStore store() {
    return new SettingsStore(
        data, NetworkPresets.load(), SettingsMigrations.standard(), () -> FileSecretStore.in(data));
  }

  private void ship(String resource) throws Exception {
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      AtomicFile.write(data.resolve("settings.json"), in.readAllBytes());
    }
  }

  @Test
  void aFormat4FileIsMigratedWithNoFieldLost() throws Exception {
    ship("settings-format4.json");

    Settings loaded = store().load(Locale.ENGLISH);

    assertThat(loaded.version()).isEqualTo(5);
    assertThat(loaded.theme()).isEqualTo(Theme.DARK);
    assertThat(loaded.language()).isEqualTo(Language.SIMPLIFIED_CHINESE);
    assertThat(loaded.autoLockMinutes()).isEqualTo(7);
    assertThat(loaded.selectedNetworkId()).isEqualTo("custom-1a2b3c4d");
    assertThat(loaded.invoicing())
        .isEqualTo(new InvoiceSettings("Lotus Studio", "12 Harbour Road\nWan Chai", 3));
    Network besu = loaded.network("custom-1a2b3c4d").orElseThrow();
    assertThat(besu.chainId()).isEqualTo(2024);
    assertThat(besu.rpcUrl()).isEqualTo("https://besu.internal:8545");
    assertThat(besu.currencySymbol()).isEqualTo("CON");
    assertThat(besu.decimals()).isZero();
    assertThat(loaded.network("ethereum").orElseThrow().rpcUrl())
        .isEqualTo("https://eth.example.org");
    assertThat(loaded.networks()).hasSize(5);
    assertThat(loaded.multiSend()).isEmpty();

    // Saved in format 5: every network has the field, still null.
    store().save(loaded);
    JsonNode saved = new ObjectMapper().readTree(Files.readString(data.resolve("settings.json")));
    assertThat(saved.path("version").asInt()).isEqualTo(5);
    for (JsonNode n : saved.path("networks")) {
      assertThat(n.has("multiSendContract")).as(n.path("id").asText()).isTrue();
      assertThat(n.get("multiSendContract").isNull()).isTrue();
    }
    assertThat(store().load(Locale.ENGLISH)).isEqualTo(loaded);
  }

  @Test
  void aFormat5FileIsReadWithItsContracts() throws Exception {
    ship("settings-format5.json");

    Settings loaded = store().load(Locale.ENGLISH);

    assertThat(loaded.multiSend("ethereum")).contains(ETHEREUM_CONTRACT);
    assertThat(loaded.multiSend("custom-1a2b3c4d")).contains(BESU_CONTRACT);
    assertThat(loaded.multiSend("sepolia")).isEmpty();
    assertThat(loaded.invoicing().confirmations()).isEqualTo(3);
  }

  @Test
  void aFileOfANewerFormatIsStillRefused() throws Exception {
    String newer =
        Files.readString(Path.of(getClass().getResource("settings-format5.json").toURI()))
            .replace("\"version\" : 5", "\"version\" : 6");
    AtomicFile.write(data.resolve("settings.json"), newer.getBytes());

    assertThatThrownBy(() -> store().load(Locale.ENGLISH))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("written by a newer Abacus (format 6; this one reads up to 5)");
  }

  @Test
  void contractsSurviveSaveAndGoWithARemovedNetwork() throws Exception {
    ship("settings-format5.json");
    Settings loaded = store().load(Locale.ENGLISH);
    Settings cleared = loaded.withMultiSend("ethereum", Optional.empty());
    store().save(cleared);
    assertThat(store().load(Locale.ENGLISH).multiSend("ethereum")).isEmpty();

    Settings removed = cleared.withoutNetwork("custom-1a2b3c4d");
    assertThat(removed.multiSend()).isEmpty();
    assertThatThrownBy(() -> removed.withMultiSend("nope", Optional.of(BESU_CONTRACT)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void payoutsAskOneAccessorThatPrefersTheSandboxsOwnContract() throws Exception {
    ship("settings-format5.json");
    Settings loaded = store().load(Locale.ENGLISH);
    Network sandbox = loaded.network("sandbox").orElseThrow();
    Network ethereum = loaded.network("ethereum").orElseThrow();
    Address deployed = Address.parse("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0");

    MultiSendAddresses running = new MultiSendAddresses(() -> loaded, () -> Optional.of(deployed));
    assertThat(running.multiSendAddress(sandbox)).contains(deployed);
    assertThat(running.multiSendAddress(ethereum)).contains(ETHEREUM_CONTRACT);
    assertThat(running.multiSendAddress(loaded.network("sepolia").orElseThrow())).isEmpty();

    MultiSendAddresses stopped =
        new MultiSendAddresses(
            () -> loaded,
            () -> {
              throw new SandboxException("the Sandbox is not running");
            });
    assertThat(stopped.multiSendAddress(sandbox)).isEmpty();
    assertThat(stopped.multiSendAddress(ethereum)).contains(ETHEREUM_CONTRACT);
  }
}
