package io.abacus.app.wallet;

import io.abacus.app.desktop.AbacusWindow;
import io.abacus.app.diagnostics.StallMonitor;
import io.abacus.app.task.TaskExecutor;
import io.abacus.wallet.bip39.Mnemonic;
import io.abacus.wallet.hd.PathPreset;
import io.abacus.wallet.vault.Vault;
import io.abacus.wallet.vault.Wallet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

/**
 * How responsive the window stays while a wallet unlocks with the real scrypt cost: unlocks through
 * the unlock screen N times and reports the unlock time and the longest wait of the FX thread.
 * Needs a display: {@code DISPLAY=:91 java -cp <test classpath>
 * io.abacus.app.wallet.UnlockStallBench 5}.
 */
public final class UnlockStallBench {
  private static Scene scene;

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Path data = Files.createTempDirectory("abacus-bench");
    Vault vault = Vault.inDataFolder(data);
    try (Mnemonic m = Mnemonic.parse(WalletWindowFixture.DEV_WORDS);
        Wallet w = vault.create("bench", m, null, "long enough 1".toCharArray())) {
      w.deriveNext(PathPreset.METAMASK_TREZOR, 19);
    }
    Platform.startup(() -> {});
    TaskExecutor executor = TaskExecutor.forFx(2);
    fx(
        () -> {
          AbacusWindow window =
              AbacusWindow.create(data, executor, Locale.ENGLISH, vault, Clock.systemUTC());
          Stage stage = new Stage();
          window.show(stage);
          scene = stage.getScene();
          return null;
        });
    for (int i = 0; i < runs; i++) {
      try (StallMonitor monitor = new StallMonitor(Platform::runLater, 5, 50).start()) {
        long start = System.nanoTime();
        fx(
            () -> {
              ((TextInputControl) scene.lookup("#unlock-password")).setText("long enough 1");
              ((ButtonBase) scene.lookup("#unlock-button")).fire();
              return null;
            });
        while (!fx(() -> scene.lookup("#wallet-lock").isVisible())) {
          Thread.sleep(5);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
            "run %d: unlocked in %d ms; FX thread: %s%n", i + 1, millis, monitor.report());
      }
      fx(
          () -> {
            ((ButtonBase) scene.lookup("#wallet-lock")).fire();
            return null;
          });
    }
    executor.close();
    Platform.exit();
  }

  private static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
    CompletableFuture<T> f = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            f.complete(work.call());
          } catch (Throwable e) {
            f.completeExceptionally(e);
          }
        });
    return f.get(60, TimeUnit.SECONDS);
  }
}
