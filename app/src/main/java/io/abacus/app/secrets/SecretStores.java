package io.abacus.app.secrets;

import com.github.javakeyring.Keyring;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the secret store of this machine: the OS keychain when it answers within a few seconds,
 * else {@link FileSecretStore}. {@code ABACUS_SECRET_STORE=file} forces the file; on Linux without
 * a D-Bus session (headless, CI) the file is used at once, without waiting on D-Bus.
 */
public final class SecretStores {
  private static final Logger log = LoggerFactory.getLogger(SecretStores.class);
  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

  private SecretStores() {}

  /**
   * {@code stores}, asked once: the keychain probe can take seconds, and every user of the store
   * (settings, shared indexes) asks for it on first use only.
   */
  public static java.util.function.Supplier<SecretStore> once(
      java.util.function.Supplier<SecretStore> stores) {
    return new java.util.function.Supplier<>() {
      private SecretStore value;

      @Override
      public synchronized SecretStore get() {
        if (value == null) {
          value = stores.get();
        }
        return value;
      }
    };
  }

  /** The store for the data folder {@code dataDirectory}. */
  public static SecretStore forThisMachine(Path dataDirectory, Map<String, String> env) {
    FileSecretStore file = FileSecretStore.in(dataDirectory);
    if (!keychainWorthTrying(env)) {
      return file;
    }
    CompletableFuture<SecretStore> probe =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                KeyringSecretStore store = new KeyringSecretStore(Keyring.create(), dataDirectory);
                store.get("probe");
                return store;
              } catch (Exception | LinkageError unavailable) {
                return null;
              }
            },
            r -> {
              Thread t = new Thread(r, "keychain-probe");
              t.setDaemon(true);
              t.start();
            });
    try {
      SecretStore keychain = probe.get(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      if (keychain != null) {
        return keychain;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception slowOrBroken) {
      probe.cancel(true);
    }
    log.info("no OS keychain answered; credentials are kept in {}", file.describe());
    return file;
  }

  static boolean keychainWorthTrying(Map<String, String> env) {
    if ("file".equalsIgnoreCase(env.getOrDefault("ABACUS_SECRET_STORE", ""))) {
      return false;
    }
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    boolean linuxLike = !os.contains("mac") && !os.contains("win");
    return !linuxLike || !env.getOrDefault("DBUS_SESSION_BUS_ADDRESS", "").isBlank();
  }
}
