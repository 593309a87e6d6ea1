package io.abacus.app.sandboxui;

import io.abacus.app.desktop.AbacusWindow;
import io.abacus.app.task.TaskExecutor;
import io.abacus.wallet.bip39.Mnemonic;
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

/** The real window on a fresh data folder (first start: the Sandbox), with a wallet unlocked. */
final class SandboxWindow {
  static final String PASSWORD = "sandbox password";
  private final Path data;
  private final Vault vault;
  private final AtomicReference<AbacusWindow> window = new AtomicReference<>();

  SandboxWindow(Path data) {
    this.data = data;
    this.vault = new Vault(data.resolve("wallets"), VaultKdf.TESTING, new SecureRandom());
  }

  SandboxWindow open() throws Exception {
    // Not the test mnemonic: the account starts empty, so the funds come from "Get test ETH".
    vault
        .create(
            "shop",
            Mnemonic.parse(
                "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon"
                    + " abandon about"),
            new char[0],
            PASSWORD.toCharArray())
        .lock();
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
        .interact(
            () -> window.get().session().unlocked(vault.open("shop", PASSWORD.toCharArray())));
    return this;
  }

  AbacusWindow window() {
    return window.get();
  }

  void close() throws Exception {
    try {
      window.get().sandbox().stopNow();
    } finally {
      FxToolkit.cleanupStages();
    }
  }
}
