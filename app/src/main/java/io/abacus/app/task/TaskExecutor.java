package io.abacus.app.task;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs {@link BackgroundTask}s on worker threads and delivers their callbacks through one UI
 * dispatcher. The desktop app uses {@link #forFx(int)} (the only place that calls {@code
 * Platform.runLater}); tests use {@link #sameThread()} so view models are tested without threads.
 */
public final class TaskExecutor implements AutoCloseable {
  private final ExecutorService workers;
  private final Executor ui;

  public TaskExecutor(ExecutorService workers, Executor ui) {
    this.workers = workers;
    this.ui = ui;
  }

  /** Worker pool of {@code threads} daemon threads; callbacks on the JavaFX thread. */
  public static TaskExecutor forFx(int threads) {
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "abacus-worker-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    return new TaskExecutor(pool, fxThread());
  }

  /**
   * The JavaFX thread itself, whatever executor the window's tasks use: for view code that must run
   * there from a timer thread (see {@code ShownTicker}).
   */
  public static Executor fxThread() {
    return javafx.application.Platform::runLater;
  }

  /** Runs tasks and callbacks at once on the calling thread: for view-model tests. */
  public static TaskExecutor sameThread() {
    return new TaskExecutor(new SameThreadExecutorService(), Runnable::run);
  }

  /**
   * The UI thread's executor (the one hand-off to it), for work that is not a task: e.g. the
   * window's start-up, which waits for an object graph built before the toolkit was up.
   */
  public Executor ui() {
    return ui;
  }

  /** Starts {@code task}; its callbacks arrive on the UI thread. */
  public <T> TaskHandle execute(BackgroundTask<T> task) {
    AtomicBoolean cancelled = new AtomicBoolean();
    // Claimed by the worker when it starts the work, or by cancel() when the task never started:
    // whoever claims it reports the end, so a task cancelled while waiting for a worker still
    // reports "cancelled" and "finished" (issue 13: a busy state that never ended).
    AtomicBoolean claimed = new AtomicBoolean();
    AtomicReference<Future<?>> future = new AtomicReference<>();
    TaskContext context =
        new TaskContext() {
          @Override
          public void progress(Progress p) {
            if (!cancelled.get()) {
              ui.execute(() -> task.progressed(p));
            }
          }

          @Override
          public boolean isCancelled() {
            return cancelled.get() || Thread.currentThread().isInterrupted();
          }
        };
    ui.execute(task::running);
    future.set(
        workers.submit(
            () -> {
              if (claimed.compareAndSet(false, true)) {
                runTask(task, context, cancelled);
              }
            }));
    return new TaskHandle() {
      @Override
      public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
          if (claimed.compareAndSet(false, true)) {
            ui.execute(task::cancelled); // it never started
          }
          Future<?> f = future.get();
          if (f != null) {
            f.cancel(true);
          }
        }
      }

      @Override
      public boolean isDone() {
        Future<?> f = future.get();
        return f != null && f.isDone();
      }
    };
  }

  private <T> void runTask(BackgroundTask<T> task, TaskContext context, AtomicBoolean cancelled) {
    try {
      T value = task.work().run(context);
      if (cancelled.get()) {
        ui.execute(task::cancelled);
      } else {
        ui.execute(() -> task.succeeded(value));
      }
    } catch (CancellationException | InterruptedException e) {
      ui.execute(task::cancelled);
    } catch (Exception | Error e) {
      if (cancelled.get()) {
        ui.execute(task::cancelled);
      } else {
        ui.execute(() -> task.failed(e));
      }
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
    try {
      workers.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
