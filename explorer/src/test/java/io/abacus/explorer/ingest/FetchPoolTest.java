package io.abacus.explorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The fetch threads follow the tuner: a fetch the tuner adds in flight gets a thread of its own
 * (the pool starts at the tuner's two), not a place in the queue behind the others.
 */
class FetchPoolTest {
  private long now;

  private void window(FetchPool fetching, double blocksPerSecond) {
    int fetches = 3 * fetching.tuner().concurrency();
    for (int i = 0; i < fetches; i++) {
      now += (long) (fetching.tuner().batch() * 1e9 / blocksPerSecond);
      fetching.arrived(fetching.tuner().batch());
    }
  }

  @Test
  void thePoolGrowsAndShrinksWithTheFetchesInFlight() throws Exception {
    FetchTuner tuner = new FetchTuner(100, 4, () -> now);
    ThreadPoolExecutor pool =
        (ThreadPoolExecutor) Executors.newFixedThreadPool(tuner.concurrency());
    try {
      FetchPool fetching = new FetchPool(pool, tuner);
      fetching.arrived(25); // starts the clock
      window(fetching, 100); // faster than nothing: the batch doubles
      window(fetching, 150); // faster again: a third fetch in flight
      assertThat(tuner.concurrency()).isEqualTo(3);
      assertThat(pool.getCorePoolSize()).isEqualTo(3);
      assertThat(pool.getMaximumPoolSize()).isEqualTo(3);

      // Three fetches at once really run at once: each waits for the other two.
      CountDownLatch together = new CountDownLatch(3);
      for (int i = 0; i < 3; i++) {
        pool.submit(
            () -> {
              together.countDown();
              return together.await(10, TimeUnit.SECONDS);
            });
      }
      assertThat(together.await(10, TimeUnit.SECONDS)).isTrue();

      window(fetching, 120); // slower: the third fetch is undone and the tuner settles
      assertThat(tuner.settled()).isTrue();
      assertThat(tuner.concurrency()).isEqualTo(2);
      assertThat(pool.getCorePoolSize()).isEqualTo(2);
      assertThat(pool.getMaximumPoolSize()).isEqualTo(2);
    } finally {
      pool.shutdownNow();
    }
  }
}
