package io.abacus.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.secrets.SecretStore;
import io.abacus.wallet.network.Network;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The secret store (the OS keychain when there is one) is slow; settings are loaded before the
 * first frame and saved on every theme or network change. Only networks with a credential may cost
 * a lookup or a write.
 */
class SettingsSecretLookupsTest {
  @TempDir Path data;
  private final CountingStore secrets = new CountingStore();

  private SettingsStore store() {
    return new SettingsStore(
        data, NetworkPresets.load(), SettingsMigrations.standard(), () -> secrets);
  }

  private static Network custom(String auth) {
    return new Network(
        "besu-1",
        "Consortium",
        2024,
        "https://besu.example:8545",
        "CON",
        0,
        auth,
        Network.Kind.CUSTOM,
        false);
  }

  @Test
  void settingsWithoutCredentialsNeverTouchTheStore() {
    Settings s = store().load(Locale.ENGLISH).withTheme(Theme.DARK);
    store().save(s);
    store().save(s.withTheme(Theme.LIGHT));
    store().load(Locale.ENGLISH);
    assertThat(secrets.calls).isEmpty();
  }

  @Test
  void onlyTheNetworkWithACredentialIsLookedUpAndWritten() throws Exception {
    Settings s = store().load(Locale.ENGLISH).withNetwork(custom("Bearer s3cret"));
    store().save(s);
    assertThat(secrets.calls).containsExactly("put network.besu-1.authHeader");
    assertThat(Files.readString(data.resolve("settings.json")))
        .doesNotContain("s3cret")
        .contains("\"authHeader\" : \"***\"");

    secrets.calls.clear();
    Settings loaded = store().load(Locale.ENGLISH);
    assertThat(loaded.network("besu-1").flatMap(Network::auth)).contains("Bearer s3cret");
    assertThat(secrets.calls).containsExactly("get network.besu-1.authHeader");

    secrets.calls.clear();
    store().save(loaded.withNetwork(custom(null)));
    assertThat(secrets.calls).containsExactly("remove network.besu-1.authHeader");
    assertThat(secrets.values).isEmpty();
  }

  @Test
  void removingANetworkRemovesItsCredential() {
    Settings s = store().load(Locale.ENGLISH).withNetwork(custom("Bearer s3cret"));
    store().save(s);
    store().save(store().load(Locale.ENGLISH).withoutNetwork("besu-1"));
    assertThat(secrets.values).isEmpty();
  }

  @Test
  void aFormatTwoFileIsLookedUpOnceThenMarkedPrecisely() throws Exception {
    secrets.values.put("network.besu-1.authHeader", "Bearer old");
    Files.writeString(
        data.resolve("settings.json"),
        """
        {"version":2,"theme":"LIGHT","language":"en","autoLockMinutes":5,
         "selectedNetworkId":"besu-1",
         "networks":[{"id":"besu-1","name":"Consortium","chainId":2024,
           "rpcUrl":"https://besu.example:8545","currencySymbol":"CON","decimals":0,
           "kind":"CUSTOM","testMoney":false},
          {"id":"other","name":"Other","chainId":5,"rpcUrl":"http://127.0.0.1:1",
           "currencySymbol":"ETH","decimals":18,"kind":"CUSTOM","testMoney":false}]}
        """);
    Settings first = store().load(Locale.ENGLISH);
    assertThat(first.network("besu-1").flatMap(Network::auth)).contains("Bearer old");
    assertThat(first.network("other").flatMap(Network::auth)).isEmpty();

    secrets.calls.clear();
    Settings second = store().load(Locale.ENGLISH);
    assertThat(second).isEqualTo(first);
    assertThat(secrets.calls).containsExactly("get network.besu-1.authHeader");
  }

  /** An in-memory store that records every call. */
  private static final class CountingStore implements SecretStore {
    final Map<String, String> values = new HashMap<>();
    final List<String> calls = new ArrayList<>();

    @Override
    public Optional<String> get(String key) {
      calls.add("get " + key);
      return Optional.ofNullable(values.get(key));
    }

    @Override
    public void put(String key, String secret) {
      calls.add("put " + key);
      values.put(key, secret);
    }

    @Override
    public void remove(String key) {
      calls.add("remove " + key);
      values.remove(key);
    }

    @Override
    public String describe() {
      return "memory";
    }
  }
}
