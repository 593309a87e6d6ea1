package io.abacus.explorer.rpc;

import java.time.Duration;

/**
 * How often and how patiently to retry a request that failed in transport (timeout, connection
 * reset, garbled answer). Node errors are never retried.
 *
 * @param attempts total tries, at least 1
 * @param firstBackoff wait before the second try; doubles each time
 * @param maxBackoff cap on one wait
 * @param sleeper waits; tests pass one that does not
 */
public record RetryPolicy(
    int attempts, Duration firstBackoff, Duration maxBackoff, Sleeper sleeper) {

  /** Waits between tries. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  public RetryPolicy {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1");
    }
  }

  /** Five tries, 200 ms doubling to 5 s. */
  public static RetryPolicy standard() {
    return new RetryPolicy(
        5, Duration.ofMillis(200), Duration.ofSeconds(5), d -> Thread.sleep(d.toMillis()));
  }

  /** One try, no waiting. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, d -> {});
  }

  /** The wait after failed try number {@code attempt} (1-based). */
  public Duration backoff(int attempt) {
    long millis = firstBackoff.toMillis() << Math.min(attempt - 1, 20);
    return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
  }
}
