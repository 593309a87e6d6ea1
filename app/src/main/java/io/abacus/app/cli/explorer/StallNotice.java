package io.abacus.app.cli.explorer;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tells the user that {@code abacus index} is still waiting for the node when no progress was
 * reported for a while, so a stalling node does not leave the terminal silent for minutes.
 */
final class StallNotice implements AutoCloseable {
  private final PrintWriter err;
  private final long everyNanos;
  private final int timeoutSeconds;
  private final ScheduledExecutorService timer;
  private volatile long lastProgress = System.nanoTime();
  private long lastNotice = lastProgress;

  private StallNotice(PrintWriter err, Duration every, int timeoutSeconds) {
    this.err = err;
    this.everyNanos = every.toNanos();
    this.timeoutSeconds = timeoutSeconds;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "index-stall-notice");
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts watching: a notice each {@code every} without progress. */
  static StallNotice start(PrintWriter err, Duration every, int timeoutSeconds) {
    StallNotice n = new StallNotice(err, every, timeoutSeconds);
    long millis = Math.max(100, every.toMillis() / 5);
    n.timer.scheduleAtFixedRate(n::check, millis, millis, TimeUnit.MILLISECONDS);
    return n;
  }

  /** Blocks were stored: the node answers. */
  void progressed() {
    lastProgress = System.nanoTime();
  }

  private void check() {
    long now = System.nanoTime();
    long silent = now - lastProgress;
    if (now - Math.max(lastProgress, lastNotice) < everyNanos) {
      return;
    }
    lastNotice = now;
    synchronized (err) {
      err.printf(
          Locale.ROOT,
          "still waiting for the node: nothing new for %d s (a request gives up after %d s and"
              + " is retried; see --timeout)%n",
          TimeUnit.NANOSECONDS.toSeconds(silent),
          timeoutSeconds);
      err.flush();
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
