package io.abacus.app.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Measures how responsive a UI thread is: every {@code periodMillis} it posts a no-op to the thread
 * and records how long the no-op waited. Waits above the threshold are stalls, the moments a user
 * sees a frozen window. Used by benchmarks (e.g. scrolling a million-row history).
 */
public final class StallMonitor implements AutoCloseable {
  private final Executor uiThread;
  private final long periodMillis;
  private final long thresholdMillis;
  private final ScheduledExecutorService ticker;
  private final List<Long> waitsMillis = new ArrayList<>();
  private final AtomicBoolean pending = new AtomicBoolean();

  public StallMonitor(Executor uiThread, long periodMillis, long thresholdMillis) {
    this.uiThread = uiThread;
    this.periodMillis = periodMillis;
    this.thresholdMillis = thresholdMillis;
    this.ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "stall-monitor");
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts probing. */
  public StallMonitor start() {
    ticker.scheduleAtFixedRate(this::probe, 0, periodMillis, TimeUnit.MILLISECONDS);
    return this;
  }

  private void probe() {
    if (!pending.compareAndSet(false, true)) {
      return; // the previous probe is still waiting: it will record the whole wait
    }
    long posted = System.nanoTime();
    uiThread.execute(
        () -> {
          long waited = (System.nanoTime() - posted) / 1_000_000;
          synchronized (waitsMillis) {
            waitsMillis.add(waited);
          }
          pending.set(false);
        });
  }

  /** What was measured so far. */
  public Report report() {
    List<Long> copy;
    synchronized (waitsMillis) {
      copy = new ArrayList<>(waitsMillis);
    }
    copy.sort(null);
    long stalls = copy.stream().filter(w -> w > thresholdMillis).count();
    long max = copy.isEmpty() ? 0 : copy.get(copy.size() - 1);
    long p99 = copy.isEmpty() ? 0 : copy.get((int) Math.min(copy.size() - 1, copy.size() * 0.99));
    return new Report(copy.size(), stalls, max, p99, thresholdMillis);
  }

  @Override
  public void close() {
    ticker.shutdownNow();
  }

  /**
   * @param probes how many probes came back
   * @param stalls probes that waited longer than the threshold
   * @param maxMillis the longest wait
   * @param p99Millis the 99th percentile wait
   * @param thresholdMillis what counts as a stall
   */
  public record Report(
      long probes, long stalls, long maxMillis, long p99Millis, long thresholdMillis) {
    @Override
    public String toString() {
      return probes
          + " probes, "
          + stalls
          + " stalls > "
          + thresholdMillis
          + " ms, max "
          + maxMillis
          + " ms, p99 "
          + p99Millis
          + " ms";
    }
  }
}
