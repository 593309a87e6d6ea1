package io.abacus.app.task;

/** A submitted task. */
public interface TaskHandle {
  /** Asks the task to stop: its context reports cancelled and its thread is interrupted. */
  void cancel();

  boolean isDone();
}
