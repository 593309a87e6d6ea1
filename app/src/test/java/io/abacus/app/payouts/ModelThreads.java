package io.abacus.app.payouts;

import io.abacus.app.payments.PaymentsContext;
import io.abacus.app.task.TaskExecutor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A view model's threads in a test: one "UI" thread where its callbacks run and one worker, and
 * ways to act on and read the model from the UI thread.
 */
final class ModelThreads implements AutoCloseable {
  private final ExecutorService ui = Executors.newSingleThreadExecutor();
  private final ExecutorService workers = Executors.newSingleThreadExecutor();

  /** {@code c} with its tasks on these threads. */
  PaymentsContext withExecutor(PaymentsContext c) {
    return new PaymentsContext(
        c.node(),
        c.session(),
        c.addressBook(),
        new TaskExecutor(workers, ui),
        c.journal(),
        c.notes(),
        c.requests(),
        c.tokens(),
        c.history(),
        c.followTimeout());
  }

  /** Runs {@code read} on the UI thread and returns its value. */
  <T> T onUi(Supplier<T> read) throws Exception {
    return ui.submit(read::get).get(30, TimeUnit.SECONDS);
  }

  /** Runs {@code action} on the UI thread. */
  void act(Runnable action) throws Exception {
    ui.submit(action).get(30, TimeUnit.SECONDS);
  }

  /** Waits up to a minute until {@code condition} (read on the UI thread) holds. */
  void await(Supplier<Boolean> condition) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!onUi(condition)) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out");
      }
      Thread.sleep(50);
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
    ui.shutdownNow();
  }
}
