package io.abacus.app.task;

import java.util.concurrent.CancellationException;

/** What a running task may use: progress reporting and cancellation checks. */
public interface TaskContext {
  /** Reports progress; delivered to the task's progress listener on the UI thread. */
  void progress(Progress progress);

  /** True once the user cancelled. */
  boolean isCancelled();

  /** Throws {@link CancellationException} once the user cancelled; call between steps. */
  default void checkCancelled() {
    if (isCancelled()) {
      throw new CancellationException("cancelled");
    }
  }
}
