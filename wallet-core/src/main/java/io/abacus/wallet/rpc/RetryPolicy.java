package io.abacus.wallet.rpc;

import java.time.Duration;

/**
 * How often idempotent reads are retried after a transient failure, with exponential backoff.
 * Writes ({@code eth_sendRawTransaction}) are never retried.
 *
 * @param attempts total attempts, at least 1
 * @param initialBackoff the wait before the second attempt; doubled each time
 * @param sleeper how to wait (tests pass one that records instead of sleeping)
 */
public record RetryPolicy(int attempts, Duration initialBackoff, Sleeper sleeper) {

  /** Waits between attempts. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  public RetryPolicy {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1");
    }
  }

  /** 3 attempts, 500 ms then 1 s. */
  public static RetryPolicy standard() {
    return new RetryPolicy(3, Duration.ofMillis(500), d -> Thread.sleep(d.toMillis()));
  }

  /** One attempt, no retry. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, d -> {});
  }
}
