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
 * "shop" (password {@link Testbed#PASSWORD}) is unlocked.
 */
public final class PaymentsWindow {
  private final Path data;
  private final Vault vault;
  private final String mnemonic;
  private final AtomicReference<AbacusWindow> window = new AtomicReference<>();

  /** A window whose wallet holds the public test mnemonic (anvil's funded dev accounts). */
  public PaymentsWindow(Path data) {
    this(data, Testbed.MNEMONIC);
  }

  public PaymentsWindow(Path data, String mnemonic) {
    this.data = data;
    this.mnemonic = mnemonic;
    this.vault = new Vault(data.resolve("wallets"), VaultKdf.TESTING, new SecureRandom());
  }

  /** The wallet password. */
  public static String password() {
    return Testbed.PASSWORD;
  }

  /** Opens on a custom network for {@code rpcUrl}; null selects the default (the Sandbox). */
  public PaymentsWindow open(String rpcUrl, long chainId) throws Exception {
    return open(rpcUrl, chainId, TaskExecutor.sameThread());
  }

  /** As above with background work on {@code executor} (for pages that must stay usable). */
  public PaymentsWindow open(String rpcUrl, long chainId, TaskExecutor executor) throws Exception {
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
          .create("shop", Mnemonic.parse(mnemonic), new char[0], Testbed.PASSWORD.toCharArray())
          .lock();
    }
    FxToolkit.registerPrimaryStage();
    FxToolkit.setupStage(
        stage -> {
          try {
            AbacusWindow w = AbacusWindow.create(data, executor, Locale.ENGLISH, vault);
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

  public AbacusWindow window() {
    return window.get();
  }

  /** Closes the window and stops a Sandbox it started. */
  public void close() throws Exception {
    try {
      if (window.get() != null) {
        window.get().sandbox().stopNow();
      }
    } finally {
      FxToolkit.cleanupStages();
    }
  }
}
