package io.abacus.explorer.ingest;

import io.abacus.explorer.db.Checkpoint;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Stores chunks of blocks on the writer thread, one chunk at a time, while the indexing thread
 * fetches and checks the next: the node never waits for a commit. A chunk is handed over only once
 * the previous one is stored (so at most one chunk is being written and the checkpoints follow each
 * other); what was stored is reported on the indexing thread, in order. Not thread-safe: the
 * indexing thread drives it.
 */
final class ChunkWriter {
  private final ExecutorService thread;
  private final BiFunction<List<ParsedBlock>, Checkpoint, Checkpoint> store;
  private final Consumer<List<ParsedBlock>> stored;
  private Checkpoint checkpoint;
  private Future<Checkpoint> writing;
  private List<ParsedBlock> chunk;

  /**
   * @param thread the single writer thread
   * @param start the checkpoint the first chunk continues
   * @param store stores a chunk after a checkpoint and returns the next one (on the writer thread)
   * @param stored told of each stored chunk, on the indexing thread
   */
  ChunkWriter(
      ExecutorService thread,
      Checkpoint start,
      BiFunction<List<ParsedBlock>, Checkpoint, Checkpoint> store,
      Consumer<List<ParsedBlock>> stored) {
    this.thread = thread;
    this.checkpoint = start;
    this.store = store;
    this.stored = stored;
  }

  /** Whether no chunk is being written (a new one would start at once). */
  boolean idle() {
    return writing == null || writing.isDone();
  }

  /**
   * Starts storing {@code blocks} (a copy is taken) after the chunk being written, if any, is
   * stored; returns the nanoseconds spent waiting for it.
   */
  long write(List<ParsedBlock> blocks) {
    long t = System.nanoTime();
    Checkpoint before = await();
    long waited = System.nanoTime() - t;
    if (!blocks.isEmpty()) {
      List<ParsedBlock> next = List.copyOf(blocks);
      chunk = next;
      writing = thread.submit(() -> store.apply(next, before));
    }
    return waited;
  }

  /** Waits until every chunk handed over is stored; returns the newest checkpoint. */
  Checkpoint await() {
    if (writing != null) {
      Future<Checkpoint> f = writing;
      List<ParsedBlock> done = chunk;
      writing = null;
      chunk = null;
      checkpoint = result(f);
      stored.accept(done);
    }
    return checkpoint;
  }

  /**
   * Waits for the chunk being written when indexing stops on {@code failure}: the store is free
   * again afterwards; a failure of the write is added to {@code failure} as suppressed.
   */
  void awaitAfter(Throwable failure) {
    try {
      await();
    } catch (RuntimeException e) {
      if (e != failure) {
        failure.addSuppressed(e);
      }
    }
  }

  private static Checkpoint result(Future<Checkpoint> f) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return f.get();
        } catch (InterruptedException e) {
          interrupted = true; // the store is not free until the write ends: keep waiting
        }
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("storing failed: " + e.getCause(), e.getCause());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
