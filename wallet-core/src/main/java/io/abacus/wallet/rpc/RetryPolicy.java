package io.abacus.wallet.rpc;

import java.time.Duration;
import java.util.Set;

/**
 * The one retry policy of the node layer: how often a call that is safe to repeat is tried again
 * after a transient failure ({@link RpcException#isTransient()}), with exponential backoff up to a
 * cap. Calls that change state ({@code eth_sendRawTransaction} and the like, see {@link
 * #isSafeToRepeat}) are never repeated silently, and refused credentials (HTTP 401/403) never.
 *
 * @param attempts total attempts, at least 1
 * @param initialBackoff the wait before the second attempt; doubled each time
 * @param maxBackoff the longest single wait
 * @param sleeper how to wait (tests pass one that records instead of sleeping)
 */
public record RetryPolicy(
    int attempts, Duration initialBackoff, Duration maxBackoff, Sleeper sleeper) {
  private static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(5);
  private static final Set<String> SAFE_PREFIXES = Set.of("eth_", "net_", "web3_");
  private static final Set<String> UNSAFE_PREFIXES =
      Set.of("eth_send", "eth_sign", "eth_submit", "eth_subscribe", "eth_newFilter");

  /** Waits between attempts. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  public RetryPolicy {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1");
    }
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      maxBackoff = initialBackoff;
    }
  }

  /** A policy whose waits are capped at 5 s. */
  public RetryPolicy(int attempts, Duration initialBackoff, Sleeper sleeper) {
    this(attempts, initialBackoff, DEFAULT_MAX_BACKOFF, sleeper);
  }

  /** 4 attempts, waiting 250 ms, 500 ms and 1 s. */
  public static RetryPolicy standard() {
    return new RetryPolicy(4, Duration.ofMillis(250), d -> Thread.sleep(d.toMillis()));
  }

  /** One attempt, no retry. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, d -> {});
  }

  /** The wait after failed attempt number {@code attempt} (1-based). */
  public Duration backoff(int attempt) {
    Duration wait = initialBackoff;
    for (int i = 1; i < attempt && wait.compareTo(maxBackoff) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }

  /**
   * True for reads, which may be asked again without effect: {@code eth_}, {@code net_} and {@code
   * web3_} methods except those that send, sign, submit or create server-side state. Everything
   * else (node administration such as {@code anvil_} or {@code evm_}) is sent once.
   */
  public static boolean isSafeToRepeat(String method) {
    return SAFE_PREFIXES.stream().anyMatch(method::startsWith)
        && UNSAFE_PREFIXES.stream().noneMatch(method::startsWith);
  }
}
