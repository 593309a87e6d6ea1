package io.abacus.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TaskExecutorTest {

  @Test
  void sameThreadRunsWorkAndCallbacksInOrder() {
    List<String> events = new CopyOnWriteArrayList<>();
    TaskExecutor executor = TaskExecutor.sameThread();
    executor.execute(
        BackgroundTask.of(
                ctx -> {
                  ctx.progress(new Progress(0.5, "half"));
                  return 42;
                })
            .onRunning(() -> events.add("running"))
            .onProgress(p -> events.add("progress " + p.message()))
            .onSuccess(v -> events.add("success " + v))
            .onFinished(() -> events.add("finished")));
    assertThat(events).containsExactly("running", "progress half", "success 42", "finished");
  }

  @Test
  void failuresReachTheFailureCallback() {
    List<String> events = new CopyOnWriteArrayList<>();
    TaskExecutor.sameThread()
        .execute(
            BackgroundTask.of(
                    ctx -> {
                      throw new IllegalStateException("node down");
                    })
                .onSuccess(v -> events.add("success"))
                .onFailure(e -> events.add("failure " + e.getMessage()))
                .onFinished(() -> events.add("finished")));
    assertThat(events).containsExactly("failure node down", "finished");
  }

  /** With real threads: callbacks go through the UI dispatcher, and cancel stops the work. */
  @Test
  void cancellingInterruptsTheWorkerAndReportsCancelled() throws Exception {
    LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    CountDownLatch started = new CountDownLatch(1);
    List<String> events = new CopyOnWriteArrayList<>();
    try (TaskExecutor executor =
        new TaskExecutor(Executors.newSingleThreadExecutor(), uiQueue::add)) {
      TaskHandle handle =
          executor.execute(
              BackgroundTask.of(
                      ctx -> {
                        started.countDown();
                        while (true) {
                          ctx.checkCancelled();
                          Thread.sleep(10);
                        }
                      })
                  .onSuccess(v -> events.add("success"))
                  .onCancelled(() -> events.add("cancelled"))
                  .onFinished(() -> events.add("finished")));
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
      handle.cancel();
      // Drain the UI queue as the FX thread would: running, then cancelled + finished.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (!events.contains("finished") && System.nanoTime() < deadline) {
        Runnable r = uiQueue.poll(100, TimeUnit.MILLISECONDS);
        if (r != null) {
          r.run();
        }
      }
      assertThat(events).containsExactly("cancelled", "finished");
      assertThat(handle.isDone()).isTrue();
    }
  }

  @Test
  void aTaskCancelledBeforeItStartedStillReportsItsEnd() throws Exception {
    LinkedBlockingQueue<String> events = new LinkedBlockingQueue<>();
    CountDownLatch release = new CountDownLatch(1);
    TaskExecutor executor = new TaskExecutor(Executors.newFixedThreadPool(1), Runnable::run);
    try {
      executor.execute(BackgroundTask.ofRunnable(c -> release.await(10, TimeUnit.SECONDS)));
      TaskHandle waiting =
          executor.execute(
              BackgroundTask.ofRunnable(c -> events.add("ran"))
                  .onCancelled(() -> events.add("cancelled"))
                  .onFinished(() -> events.add("finished")));
      waiting.cancel();
      waiting.cancel();
      release.countDown();
      assertThat(events.poll(5, TimeUnit.SECONDS)).isEqualTo("cancelled");
      assertThat(events.poll(5, TimeUnit.SECONDS)).isEqualTo("finished");
      assertThat(events.poll(300, TimeUnit.MILLISECONDS)).isNull(); // never ran, reported once
    } finally {
      release.countDown();
      executor.close();
    }
  }
}
