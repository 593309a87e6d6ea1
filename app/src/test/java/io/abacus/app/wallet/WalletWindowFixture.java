package io.abacus.app.wallet;

import io.abacus.app.desktop.AbacusWindow;
import io.abacus.app.settings.NetworkPresets;
import io.abacus.app.settings.Settings;
import io.abacus.app.settings.SettingsMigrations;
import io.abacus.app.settings.SettingsStore;
import io.abacus.app.task.TaskExecutor;
import io.abacus.wallet.vault.Vault;
import io.abacus.wallet.vault.VaultKdf;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

/**
 * Opens the real window headless with a vault of cheap scrypt and a clock the test moves, so the
 * wallet flows run fast and the auto-lock can be triggered without waiting minutes.
 */
final class WalletWindowFixture {
  static final String DEV_WORDS = "test test test test test test test test test test test junk";

  /** A clock that stands still until the test moves it. */
  static final class TestClock extends Clock {
    private final AtomicReference<Instant> now =
        new AtomicReference<>(Instant.parse("2026-01-05T09:00:00Z"));

    void advance(Duration d) {
      now.updateAndGet(i -> i.plus(d));
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }

  final TestClock clock = new TestClock();
  private final Path data;
  final Vault vault;
  private final AtomicReference<AbacusWindow> window = new AtomicReference<>();

  WalletWindowFixture(Path data) {
    this.data = data;
    this.vault = new Vault(data.resolve("wallets"), VaultKdf.TESTING, new SecureRandom());
  }

  /** Changes the stored settings before the window opens. */
  WalletWindowFixture settings(UnaryOperator<Settings> change) {
    SettingsStore store =
        new SettingsStore(data, NetworkPresets.load(), SettingsMigrations.standard());
    store.save(change.apply(store.load(Locale.ENGLISH)));
    return this;
  }

  WalletWindowFixture open() throws Exception {
    FxToolkit.registerPrimaryStage();
    FxToolkit.setupStage(
        (Stage s) -> {
          try {
            AbacusWindow w =
                AbacusWindow.create(data, TaskExecutor.sameThread(), Locale.ENGLISH, vault, clock);
            w.show(s);
            window.set(w);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    return this;
  }

  AbacusWindow window() {
    return window.get();
  }

  void close() throws Exception {
    FxToolkit.cleanupStages();
  }
}
