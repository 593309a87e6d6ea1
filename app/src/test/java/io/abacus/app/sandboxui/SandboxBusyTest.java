package io.abacus.app.sandboxui;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.sandbox.Sandbox;
import io.abacus.app.sandbox.SandboxException;
import io.abacus.app.sandbox.SandboxFiles;
import io.abacus.app.settings.AppSettings;
import io.abacus.app.settings.NetworkPresets;
import io.abacus.app.settings.SettingsMigrations;
import io.abacus.app.settings.SettingsStore;
import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.TaskExecutor;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, Seen 4: the Sandbox bar looked busy long after its work. The app runs background work
 * on a small pool; an action that waited there behind other work (Activity catching up, balances,
 * the explorer) and was cancelled never reported that it ended, so the bar stayed busy for good.
 */
class SandboxBusyTest {
  @TempDir Path data;

  @Test
  void anActionCancelledWhileWaitingForAWorkerEndsTheBusyState() throws Exception {
    ExecutorService ui = Executors.newSingleThreadExecutor();
    TaskExecutor executor = new TaskExecutor(Executors.newFixedThreadPool(1), ui);
    CountDownLatch release = new CountDownLatch(1);
    try {
      // Other work holds the only worker.
      executor.execute(BackgroundTask.ofRunnable(c -> release.await(10, TimeUnit.SECONDS)));
      SettingsStore store =
          new SettingsStore(data, NetworkPresets.load(), SettingsMigrations.standard());
      AppSettings settings =
          new AppSettings(store.load(Locale.ENGLISH), store, TaskExecutor.sameThread());
      Sandbox neverStarts =
          new Sandbox(
              SandboxFiles.in(data),
              () -> {
                throw new SandboxException("not used");
              });
      SandboxController sandbox = new SandboxController(neverStarts, settings, executor);
      onUi(ui, () -> sandbox.demoActivity()); // waits for the worker
      assertThat(onUi(ui, () -> sandbox.busyProperty().get())).isTrue();

      onUi(ui, sandbox::cancel);
      Thread.sleep(200); // the cancellation's callbacks reach the UI thread
      assertThat(onUi(ui, () -> sandbox.busyProperty().get())).isFalse();
    } finally {
      release.countDown();
      executor.close();
      ui.shutdownNow();
    }
  }

  private static void onUi(ExecutorService ui, Runnable r) throws Exception {
    ui.submit(r).get(5, TimeUnit.SECONDS);
  }

  private static <T> T onUi(ExecutorService ui, java.util.concurrent.Callable<T> c)
      throws Exception {
    return ui.submit(c).get(5, TimeUnit.SECONDS);
  }
}
