package io.abacus.app.payments;

import io.abacus.app.desktop.AbacusWindow;
import io.abacus.app.settings.NetworkPresets;
import io.abacus.app.settings.Settings;
import io.abacus.app.settings.SettingsMigrations;
import io.abacus.app.settings.SettingsStore;
import io.abacus.app.task.TaskExecutor;
import io.abacus.wallet.bip39.Mnemonic;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.vault.Vault;
import io.abacus.wallet.vault.VaultKdf;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The real Abacus window (headless, background work on the FX thread) on a data folder whose wallet
 * "shop" holds the public test mnemonic and is unlocked, with {@code network} selected.
 */
final class PaymentsWindow {
  final Path data;
  final Vault vault;
  private final AtomicReference<AbacusWindow> window = new AtomicReference<>();

  PaymentsWindow(Path data) {
    this.data = data;
    this.vault = new Vault(data.resolve("wallets"), VaultKdf.TESTING, new SecureRandom());
  }

  /** Opens on a custom network for {@code rpcUrl}; null selects the default (the Sandbox). */
  PaymentsWindow open(String rpcUrl, long chainId) throws Exception {
    SettingsStore store =
        new SettingsStore(data, NetworkPresets.load(), SettingsMigrations.standard());
    Settings s = store.load(Locale.ENGLISH);
    if (rpcUrl != null) {
      s =
          s.withNetwork(
                  new Network(
                      "test-node",
                      "Test node",
                      chainId,
                      rpcUrl,
                      "ETH",
                      18,
                      null,
                      Network.Kind.CUSTOM,
                      true))
              .withSelectedNetwork("test-node");
    }
    store.save(s);
    if (!vault.exists("shop")) {
      vault
          .create(
              "shop", Mnemonic.parse(Testbed.MNEMONIC), new char[0], Testbed.PASSWORD.toCharArray())
          .lock();
    }
    FxToolkit.registerPrimaryStage();
    FxToolkit.setupStage(
        stage -> {
          try {
            AbacusWindow w =
                AbacusWindow.create(data, TaskExecutor.sameThread(), Locale.ENGLISH, vault);
            w.show(stage);
            window.set(w);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    new FxRobot()
        .interact(() -> window.get().session().unlocked(vault.open("shop", Testbed.password())));
    return this;
  }

  AbacusWindow window() {
    return window.get();
  }

  void close() throws Exception {
    FxToolkit.cleanupStages();
  }
}
