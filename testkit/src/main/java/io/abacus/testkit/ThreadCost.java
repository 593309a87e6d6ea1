package io.abacus.testkit;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What one stretch of work cost the thread that ran it, split so that a test can check what the
 * work did rather than how long a busy machine took to let it finish: the thread's own CPU time,
 * how often it slept, parked or waited for a lock, how many write system calls it made (file,
 * socket or pipe), and the time it spent off the CPU while not runnable. A wall-clock bound fails
 * when the operating system deschedules a thread on busy cores; these numbers do not grow with the
 * load (the time spent waiting for a core is counted apart, as {@link #runQueueMs}).
 *
 * <p>The write count and the run-queue split come from Linux's {@code /proc/thread-self}; where it
 * is missing they are -1 and {@link #offCpuMs} is 0.
 *
 * @param wallMs wall-clock time of the work
 * @param cpuMs CPU time of the thread that ran it
 * @param waits times it slept, parked, waited on a monitor or was blocked entering one
 * @param writes write system calls it made, or -1
 * @param runQueueMs time it was runnable but waited for a core (the machine's load), or -1
 * @param gcMs time the JVM's collectors ran meanwhile (the thread stands still at their safepoints)
 */
public record ThreadCost(
    long wallMs, long cpuMs, long waits, long writes, long runQueueMs, long gcMs) {
  private static final Path SCHEDSTAT = Path.of("/proc/thread-self/schedstat");
  private static final Path IO = Path.of("/proc/thread-self/io");

  /** Runs {@code work} on the calling thread and measures it. */
  public static ThreadCost of(Runnable work) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long waitsBefore = waitCount(threads.getThreadInfo(id));
    long writesBefore = writeCalls();
    long queuedBefore = runQueueNanos();
    long gcBefore = gcMillis();
    long cpuBefore = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    work.run();
    long wall = System.nanoTime() - start;
    long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
    long queued = queuedBefore < 0 ? -1 : runQueueNanos() - queuedBefore;
    long writesAfter = writeCalls();
    long waitsAfter = waitCount(threads.getThreadInfo(id));
    return new ThreadCost(
        wall / 1_000_000,
        cpu / 1_000_000,
        waitsAfter - waitsBefore,
        writesBefore < 0 ? -1 : writesAfter - writesBefore,
        queued < 0 ? -1 : queued / 1_000_000,
        gcMillis() - gcBefore);
  }

  /**
   * Wall time in which the thread was neither running nor waiting for a core nor stopped for a
   * collection: it slept, waited for I/O, a lock, another thread or a child process. 0 where {@code
   * /proc/thread-self/schedstat} is missing.
   */
  public long offCpuMs() {
    return runQueueMs < 0 ? 0 : Math.max(0, wallMs - cpuMs - runQueueMs - gcMs);
  }

  private static long waitCount(ThreadInfo info) {
    return info.getWaitedCount() + info.getBlockedCount();
  }

  /** Field 2 of schedstat: nanoseconds spent runnable on a run queue, or -1. */
  private static long runQueueNanos() {
    String line = read(SCHEDSTAT);
    return line == null ? -1 : Long.parseLong(line.trim().split(" ")[1]);
  }

  /** {@code syscw} of the thread's io file: write system calls, or -1. */
  private static long writeCalls() {
    String text = read(IO);
    if (text == null) {
      return -1;
    }
    for (String line : text.split("\n")) {
      if (line.startsWith("syscw:")) {
        return Long.parseLong(line.substring("syscw:".length()).trim());
      }
    }
    return -1;
  }

  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }

  private static String read(Path file) {
    try {
      return Files.isReadable(file) ? Files.readString(file) : null;
    } catch (IOException e) {
      return null;
    }
  }
}
