package io.abacus.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.lock.AutoLock;
import io.abacus.app.wallet.WalletSession;
import io.abacus.wallet.bip39.Mnemonic;
import io.abacus.wallet.vault.Vault;
import io.abacus.wallet.vault.VaultKdf;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The auto-lock check in a real (headless) window: it locks, and costs an idle window nothing. */
class IdleLockFxTest {
  @TempDir Path data;

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
  }

  @Test
  void anIdleWatchedWindowPulsesNotAtAllAndTheTimerStopsWithTheWindow() throws Exception {
    WalletSession session = session();
    AtomicInteger pulses = new AtomicInteger();
    Scene scene =
        show(
            new IdleLock(
                new AutoLock(Clock.systemUTC(), () -> Duration.ZERO, session::lock), session));
    WaitForAsyncUtils.asyncFx(() -> scene.addPostLayoutPulseListener(pulses::incrementAndGet))
        .get();
    Thread.sleep(300); // the first frame's pulses
    pulses.set(0);
    Thread.sleep(1_000);
    // An endless Timeline (the check's former form) pulsed the scene about 60 times a second.
    assertThat(pulses.get()).as("pulses in a second of an idle window").isLessThan(5);
    assertThat(checkThreads()).isEqualTo(1);
    FxToolkit.cleanupStages();
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> checkThreads() == 0);
  }

  @Test
  void anUnlockedWalletLocksOnceTheIdleTimeHasPassed() throws Exception {
    WalletSession session = session();
    WaitForAsyncUtils.asyncFx(() -> session.unlocked(wallet())).get();
    assertThat(session.unlockedProperty().get()).isTrue();
    show(
        new IdleLock(
            new AutoLock(Clock.systemUTC(), () -> Duration.ofMillis(1), session::lock), session));
    // The check runs every 2 s.
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !session.unlockedProperty().get());
  }

  private Vault vault;

  private WalletSession session() {
    vault = new Vault(data.resolve("wallets"), VaultKdf.TESTING, new SecureRandom());
    return new WalletSession(vault);
  }

  private io.abacus.wallet.vault.Wallet wallet() {
    Mnemonic words = Mnemonic.parse("test test test test test test test test test test test junk");
    return vault.create("shop", words, new char[0], "correct horse".toCharArray());
  }

  private static Scene show(IdleLock idle) throws Exception {
    FxToolkit.registerPrimaryStage();
    Scene scene = new Scene(new Pane(), 200, 100);
    FxToolkit.setupStage(
        s -> {
          idle.watch(scene); // before the scene has a window, as AbacusWindow does
          s.setScene(scene);
          s.show();
        });
    return scene;
  }

  private static long checkThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().equals("abacus-idle-lock"))
        .count();
  }
}
