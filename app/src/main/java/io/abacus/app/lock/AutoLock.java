package io.abacus.app.lock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Locks the wallet after a period without user input. The window reports input with {@link
 * #touch()} and calls {@link #tick()} periodically; a zero timeout means never.
 */
public final class AutoLock {
  private final Clock clock;
  private final Supplier<Duration> timeout;
  private final Runnable lock;
  private Instant lastActivity;
  private boolean armed = true;

  public AutoLock(Clock clock, Supplier<Duration> timeout, Runnable lock) {
    this.clock = clock;
    this.timeout = timeout;
    this.lock = lock;
    this.lastActivity = clock.instant();
  }

  /** The user did something: the idle period starts again. */
  public synchronized void touch() {
    lastActivity = clock.instant();
    armed = true;
  }

  /** Locks once when idle for the timeout; returns true if it locked now. */
  public boolean tick() {
    synchronized (this) {
      Duration limit = timeout.get();
      if (!armed || limit.isZero() || limit.isNegative()) {
        return false;
      }
      if (Duration.between(lastActivity, clock.instant()).compareTo(limit) < 0) {
        return false;
      }
      armed = false;
    }
    lock.run();
    return true;
  }

  /** How long until it locks, for a countdown; zero when due or disabled. */
  public synchronized Duration remaining() {
    Duration limit = timeout.get();
    if (limit.isZero()) {
      return Duration.ZERO;
    }
    Duration left = limit.minus(Duration.between(lastActivity, clock.instant()));
    return left.isNegative() ? Duration.ZERO : left;
  }
}
