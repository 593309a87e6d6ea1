package io.abacus.explorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FetchTunerTest {
  private long now;

  /** Feeds one window of arrivals at {@code blocksPerSecond}. */
  private void window(FetchTuner t, double blocksPerSecond) {
    int fetches = 3 * t.concurrency();
    for (int i = 0; i < fetches; i++) {
      now += (long) (t.batch() * 1e9 / blocksPerSecond);
      t.arrived(t.batch());
    }
  }

  @Test
  void growsBatchThenConcurrencyWhileTheNodeAnswersFaster() {
    FetchTuner t = new FetchTuner(100, 4, () -> now);
    assertThat(t.batch()).isEqualTo(25);
    assertThat(t.concurrency()).isEqualTo(2);
    t.arrived(25); // starts the clock
    window(t, 100);
    assertThat(t.batch()).isEqualTo(50);
    window(t, 150);
    assertThat(t.concurrency()).isEqualTo(3);
    window(t, 200);
    assertThat(t.batch()).isEqualTo(100);
    window(t, 260);
    assertThat(t.concurrency()).isEqualTo(4);
    window(t, 300);
    assertThat(t.settled()).isTrue();
    assertThat(t.batch()).isEqualTo(100);
    assertThat(t.concurrency()).isEqualTo(4);
  }

  @Test
  void undoesTheStepThatDidNotHelpAndSettles() {
    FetchTuner t = new FetchTuner(50, 4, () -> now);
    t.arrived(25);
    window(t, 100);
    assertThat(t.batch()).isEqualTo(50);
    window(t, 150);
    assertThat(t.concurrency()).isEqualTo(3);
    window(t, 140); // a third fetch in flight did not help
    assertThat(t.settled()).isTrue();
    assertThat(t.concurrency()).isEqualTo(2);
    window(t, 1000);
    assertThat(t.batch()).isEqualTo(50);
    assertThat(t.concurrency()).isEqualTo(2);
  }

  @Test
  void commitsDoNotCountAsTheNodeBeingSlow() {
    FetchTuner t = new FetchTuner(100, 4, () -> now);
    t.arrived(25);
    window(t, 100);
    now += 5_000_000_000L;
    t.exclude(5_000_000_000L);
    window(t, 150);
    assertThat(t.settled()).isFalse();
    assertThat(t.concurrency()).isEqualTo(3);
  }

  @Test
  void smallLimitsAreKept() {
    FetchTuner t = new FetchTuner(1, 1, () -> now);
    assertThat(t.batch()).isEqualTo(1);
    assertThat(t.concurrency()).isEqualTo(1);
    assertThat(t.settled()).isTrue();
  }
}
