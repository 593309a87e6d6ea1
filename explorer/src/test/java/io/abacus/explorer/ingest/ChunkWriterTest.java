package io.abacus.explorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.explorer.db.Checkpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChunkWriterTest {
  private final ExecutorService thread = Executors.newSingleThreadExecutor();
  private final List<Long> storedOn = new ArrayList<>();
  private final List<Long> reported = new ArrayList<>();

  @AfterEach
  void stop() {
    thread.shutdownNow();
  }

  private static ParsedBlock block(long n) {
    return new ParsedBlock(n, new byte[32], new byte[32], n, null, 0, 0, null, List.of());
  }

  private static Checkpoint cp(long next) {
    return new Checkpoint(1, 0, next, 100, 0);
  }

  private ChunkWriter writer(CountDownLatch gate) {
    return new ChunkWriter(
        thread,
        cp(0),
        (chunk, before) -> {
          try {
            assertThat(gate.await(10, TimeUnit.SECONDS)).isTrue();
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          assertThat(chunk.get(0).number()).isEqualTo(before.nextBlock());
          storedOn.add(before.nextBlock());
          return cp(before.nextBlock() + chunk.size());
        },
        chunk -> reported.add(chunk.get(chunk.size() - 1).number()));
  }

  @Test
  void storesInTheBackgroundAndChainsTheCheckpoints() {
    CountDownLatch gate = new CountDownLatch(1);
    ChunkWriter w = writer(gate);
    List<ParsedBlock> pending = new ArrayList<>(List.of(block(0), block(1)));
    w.write(pending);
    pending.clear(); // the writer keeps its own copy
    assertThat(w.idle()).isFalse(); // still storing while the caller goes on
    assertThat(reported).isEmpty();
    gate.countDown();
    w.write(List.of(block(2), block(3), block(4)));
    assertThat(reported).containsExactly(1L);
    assertThat(w.await()).isEqualTo(cp(5));
    assertThat(storedOn).containsExactly(0L, 2L);
    assertThat(reported).containsExactly(1L, 4L);
    assertThat(w.idle()).isTrue();
  }

  @Test
  void aFailedWriteSurfacesOnTheIndexingThread() {
    ChunkWriter w =
        new ChunkWriter(
            thread,
            cp(0),
            (chunk, before) -> {
              throw new IllegalStateException("disk full");
            },
            chunk -> reported.add(0L));
    w.write(List.of(block(0)));
    assertThatThrownBy(w::await).hasMessage("disk full");
    assertThat(reported).isEmpty();
  }

  @Test
  void aFetchFailureWaitsForTheWriteAndKeepsTheWritesFailureToo() {
    CountDownLatch gate = new CountDownLatch(1);
    ChunkWriter w = writer(gate);
    w.write(List.of(block(0)));
    new Thread(gate::countDown).start();
    RuntimeException fetch = new IllegalStateException("node gone");
    w.awaitAfter(fetch); // returns only once the store is free again
    assertThat(storedOn).containsExactly(0L);
    assertThat(fetch.getSuppressed()).isEmpty();

    ChunkWriter failing =
        new ChunkWriter(
            thread,
            cp(0),
            (chunk, before) -> {
              throw new IllegalStateException("disk full");
            },
            chunk -> {});
    failing.write(List.of(block(0)));
    failing.awaitAfter(fetch);
    assertThat(fetch.getSuppressed())
        .extracting(Throwable::getMessage)
        .containsExactly("disk full");
  }
}
