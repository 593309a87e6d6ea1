package io.abacus.app.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AutoLockTest {
  private Instant now = Instant.parse("2026-01-01T00:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };
  private Duration timeout = Duration.ofMinutes(10);
  private final AtomicInteger locks = new AtomicInteger();
  private final AutoLock autoLock = new AutoLock(clock, () -> timeout, locks::incrementAndGet);

  @Test
  void locksOnceAfterTheIdleTimeout() {
    now = now.plus(Duration.ofMinutes(9));
    assertThat(autoLock.tick()).isFalse();
    assertThat(autoLock.remaining()).isEqualTo(Duration.ofMinutes(1));
    now = now.plus(Duration.ofMinutes(1));
    assertThat(autoLock.tick()).isTrue();
    assertThat(autoLock.tick()).isFalse();
    assertThat(locks.get()).isEqualTo(1);
  }

  @Test
  void activityRestartsTheIdlePeriod() {
    now = now.plus(Duration.ofMinutes(8));
    autoLock.touch();
    now = now.plus(Duration.ofMinutes(8));
    assertThat(autoLock.tick()).isFalse();
    now = now.plus(Duration.ofMinutes(2));
    assertThat(autoLock.tick()).isTrue();
    autoLock.touch(); // unlocked again: armed for the next idle period
    now = now.plus(Duration.ofMinutes(10));
    assertThat(autoLock.tick()).isTrue();
    assertThat(locks.get()).isEqualTo(2);
  }

  @Test
  void zeroMeansNever() {
    timeout = Duration.ZERO;
    now = now.plus(Duration.ofDays(3));
    assertThat(autoLock.tick()).isFalse();
    assertThat(locks.get()).isZero();
  }
}
