package io.abacus.app.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Work to run off the UI thread, with callbacks that the executor delivers on the UI thread. View
 * models build these and hand them to a {@link TaskExecutor}; they never touch threads themselves.
 */
public final class BackgroundTask<T> {
  /** The work itself; runs on a background thread. */
  @FunctionalInterface
  public interface Work<T> {
    T run(TaskContext context) throws Exception;
  }

  private final Work<T> work;
  private Runnable onRunning = () -> {};
  private Consumer<? super T> onSuccess = v -> {};
  private Consumer<Throwable> onFailure = e -> {};
  private Runnable onCancelled = () -> {};
  private Consumer<Progress> onProgress = p -> {};
  private Runnable onFinished = () -> {};

  private BackgroundTask(Work<T> work) {
    this.work = Objects.requireNonNull(work);
  }

  public static <T> BackgroundTask<T> of(Work<T> work) {
    return new BackgroundTask<>(work);
  }

  /** A task with no result. */
  public static BackgroundTask<Void> ofRunnable(ThrowingRunnable work) {
    return new BackgroundTask<>(
        ctx -> {
          work.run(ctx);
          return null;
        });
  }

  /** Work without a result. */
  @FunctionalInterface
  public interface ThrowingRunnable {
    void run(TaskContext context) throws Exception;
  }

  public BackgroundTask<T> onRunning(Runnable r) {
    this.onRunning = r;
    return this;
  }

  public BackgroundTask<T> onSuccess(Consumer<? super T> c) {
    this.onSuccess = c;
    return this;
  }

  public BackgroundTask<T> onFailure(Consumer<Throwable> c) {
    this.onFailure = c;
    return this;
  }

  public BackgroundTask<T> onCancelled(Runnable r) {
    this.onCancelled = r;
    return this;
  }

  public BackgroundTask<T> onProgress(Consumer<Progress> c) {
    this.onProgress = c;
    return this;
  }

  /** Runs after success, failure or cancellation. */
  public BackgroundTask<T> onFinished(Runnable r) {
    this.onFinished = r;
    return this;
  }

  Work<T> work() {
    return work;
  }

  void running() {
    onRunning.run();
  }

  void succeeded(T value) {
    try {
      onSuccess.accept(value);
    } finally {
      onFinished.run();
    }
  }

  void failed(Throwable error) {
    try {
      onFailure.accept(error);
    } finally {
      onFinished.run();
    }
  }

  void cancelled() {
    try {
      onCancelled.run();
    } finally {
      onFinished.run();
    }
  }

  void progressed(Progress p) {
    onProgress.accept(p);
  }
}
