package io.abacus.app.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretStoresTest {
  @TempDir Path data;

  @Test
  void theFileCanBeForcedAndIsChosenAtOnce() {
    long t0 = System.nanoTime();
    SecretStore store = SecretStores.forThisMachine(data, Map.of("ABACUS_SECRET_STORE", "file"));
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(1000);
    assertThat(store).isInstanceOf(FileSecretStore.class);
    assertThat(store.describe()).isEqualTo(data.resolve("secrets/credentials.json").toString());
  }

  @Test
  void headlessLinuxDoesNotWaitOnDbus() {
    if (System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
      assertThat(SecretStores.keychainWorthTrying(Map.of())).isFalse();
      assertThat(SecretStores.keychainWorthTrying(Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:x")))
          .isTrue();
    }
    assertThat(SecretStores.keychainWorthTrying(Map.of("ABACUS_SECRET_STORE", "FILE"))).isFalse();
  }

  @Test
  void theFileStoreKeepsReplacesAndForgets() {
    FileSecretStore store = FileSecretStore.in(data);
    assertThat(store.get("a")).isEmpty();
    store.put("a", "one");
    store.put("b", "two");
    store.put("a", "uno");
    store.remove("b");
    store.remove("missing");
    FileSecretStore again = FileSecretStore.in(data);
    assertThat(again.get("a")).contains("uno");
    assertThat(again.get("b")).isEmpty();
  }
}
