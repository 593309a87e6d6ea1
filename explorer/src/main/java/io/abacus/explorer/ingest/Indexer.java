package io.abacus.explorer.ingest;

import io.abacus.explorer.db.Checkpoint;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.db.IndexStore;
import io.abacus.explorer.db.IndexWriterLock;
import io.abacus.explorer.db.TokenCatalog;
import io.abacus.explorer.reorg.ReorgHandler;
import io.abacus.explorer.rpc.BlockFetcher;
import io.abacus.explorer.rpc.NewHeads;
import io.abacus.explorer.rpc.TraceFetcher;
import io.abacus.explorer.rpc.TraceMethod;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.RpcException;
import io.abacus.wallet.token.Erc20Reader;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.BooleanSupplier;

/**
 * Indexes a node's blocks into an {@link ExplorerDatabase}. Fetching and streaming JSON parsing run
 * on a pool of up to {@code concurrency} threads, in order-preserving batches whose size and number
 * in flight a {@link FetchTuner} grows while the node answers faster; the calling thread checks
 * each block's parent hash and stores batches with the checkpoint in one transaction. A parent
 * mismatch rolls back to the common ancestor and continues from there.
 */
public final class Indexer implements AutoCloseable {
  /** Passes that may end at the same block without a rollback before the node is called broken. */
  private static final int MAX_STALLS = 5;

  /** A free writer takes the checked blocks once they hold this many transactions... */
  private static final int MIN_CHUNK_TXS = 2_000;

  /** ...or this many blocks. */
  private static final int MIN_CHUNK_BLOCKS = 200;

  /**
   * A first run of at least this many blocks into an empty index builds the secondary indexes after
   * the bulk load instead of row by row ({@link IndexStore#deferIndexes()}).
   */
  private static final int DEFER_INDEXES_FROM_BLOCKS = 100;

  private final BlockFetcher reader;
  private final BlockStream stream;
  private final IndexStore store;
  private final IndexerConfig config;
  private final ProgressListener listener;
  private final ReorgHandler reorgs;
  private final IndexWriterLock writer;
  private final TokenCatalog catalog;
  private final TokenMetadata tokens;
  private final TraceFetcher traces;
  private volatile TraceMethod traceMethod = TraceMethod.NONE;

  /**
   * An indexer writing to {@code db}; close it to let another one write.
   *
   * @throws io.abacus.explorer.db.DatabaseException if another indexer writes to {@code db}
   */
  public Indexer(
      BlockFetcher reader, ExplorerDatabase db, IndexerConfig config, ProgressListener listener) {
    this.writer = db.lockWriter();
    this.reader = reader;
    this.stream = new BlockStream(reader);
    this.store = openStore(db, writer);
    this.config = config;
    this.listener = listener;
    this.reorgs = new ReorgHandler(reader, store, config.maxReorgDepth());
    this.catalog = new TokenCatalog(db);
    this.tokens = new TokenMetadata(new Erc20Reader(new NodeClient(reader.client())), catalog);
    this.traces = new TraceFetcher(reader);
  }

  /** What a run did. */
  public record Result(long from, long to, long blocks, long transactions, int reorgs) {}

  /**
   * Indexes up to {@code to} (default: the node's head now), starting at the checkpoint; {@code
   * from} only applies to an empty index.
   *
   * @throws RpcException when the node fails or serves another chain than the index
   */
  public Result index(OptionalLong from, OptionalLong to, BooleanSupplier stop) {
    long head = reader.headNumber();
    Checkpoint cp = prepare(from, head);
    long last = to.orElse(head);
    if (last > head) {
      throw new RpcException(
          RpcException.Kind.NODE_ERROR,
          "the node's head is block " + head + "; cannot index up to " + last);
    }
    Checkpoint reconciled = noteHead(reconcile(cp), head);
    return run(reconciled, last, head, stop);
  }

  /**
   * Follows the chain: indexes new heads as they appear, polling every {@code poll}, until {@code
   * stop} says so. Reorgs at the tip are rolled back and re-indexed.
   */
  public void follow(OptionalLong from, Duration poll, BooleanSupplier stop) {
    follow(from, poll, NewHeads.polling(), stop);
  }

  /**
   * Like {@link #follow(OptionalLong, Duration, BooleanSupplier)}, but wakes as soon as {@code
   * heads} announces a new block (still polling every {@code poll} in case announcements stop).
   */
  public void follow(OptionalLong from, Duration poll, NewHeads heads, BooleanSupplier stop) {
    Checkpoint cp = prepare(from, reader.headNumber());
    buildIndexes(); // an interrupted bulk load's, before waiting for new blocks
    while (!stop.getAsBoolean()) {
      long head = reader.headNumber();
      cp = noteHead(reconcile(cp), head);
      if (head >= cp.nextBlock()) {
        run(cp, head, head, stop);
        cp = store.checkpoint().orElseThrow();
      }
      try {
        heads.await(poll);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private Checkpoint prepare(OptionalLong from, long head) {
    if (from.isPresent() && from.getAsLong() < 0) {
      throw new IllegalArgumentException("the first block cannot be negative");
    }
    long chainId = reader.chainId();
    Optional<Checkpoint> existing = store.checkpoint();
    if (existing.isEmpty()) {
      Checkpoint started = store.start(chainId, from.orElse(0), head);
      chooseTraces(head);
      return started;
    }
    Checkpoint cp = existing.get();
    if (cp.chainId() != chainId) {
      throw new RpcException(
          RpcException.Kind.WRONG_CHAIN,
          "the node at "
              + reader.endpoint()
              + " serves chain id "
              + chainId
              + " but this index holds chain id "
              + cp.chainId()
              + "; use another database file");
    }
    chooseTraces(head);
    if (cp.isEmpty() && from.isPresent() && from.getAsLong() != cp.firstBlock()) {
      return store.start(chainId, from.getAsLong(), head);
    }
    if (from.isPresent() && from.getAsLong() < cp.firstBlock()) {
      throw new IllegalArgumentException(
          "the index starts at block "
              + cp.firstBlock()
              + " and cannot grow backwards to "
              + from.getAsLong()
              + " (index into a new file)");
    }
    if (from.isPresent() && from.getAsLong() > cp.nextBlock()) {
      throw new IllegalArgumentException(
          "the index ends at block "
              + (cp.nextBlock() - 1)
              + "; starting at "
              + from.getAsLong()
              + " would leave a gap (indexes are contiguous)");
    }
    return cp;
  }

  /** Turns traces on when asked or recorded, with the method the node answers, else explains. */
  private void chooseTraces(long head) {
    if (config.traces() && !store.tracesOn()) {
      store.turnTracesOn();
    }
    if (!store.tracesOn()) {
      traceMethod = TraceMethod.NONE;
      return;
    }
    traceMethod = traces.detect(head);
    if (traceMethod == TraceMethod.NONE) {
      listener.onNotice(
          "the node at "
              + reader.endpoint()
              + " answers neither debug_traceBlockByNumber (callTracer) nor trace_block;"
              + " indexing continues without internal transfers");
    }
  }

  /** The trace method in use; {@link TraceMethod#NONE} when indexing without traces. */
  public TraceMethod traceMethod() {
    return traceMethod;
  }

  private Checkpoint reconcile(Checkpoint cp) {
    ReorgHandler.Outcome outcome = reorgs.reconcile(cp);
    outcome.reorg().ifPresent(listener::onReorg);
    return outcome.checkpoint();
  }

  /**
   * Stores the node's current head, lower too: after a reorg to a shorter chain, confirmations
   * count from the new head, not from the highest head ever seen.
   */
  private Checkpoint noteHead(Checkpoint cp, long head) {
    return cp.nodeHead() == head ? cp : store.recordNodeHead(cp, head);
  }

  private Result run(Checkpoint start, long to, long head, BooleanSupplier stop) {
    IndexMeter meter = new IndexMeter(start.nextBlock(), to);
    int reorgCount = 0;
    long stalledAt = -1;
    int stalls = 0;
    Checkpoint cp = start;
    FetchTuner tuner = new FetchTuner(config.batchSize(), config.concurrency(), System::nanoTime);
    ThreadPoolExecutor pool =
        (ThreadPoolExecutor)
            Executors.newFixedThreadPool(tuner.concurrency(), r -> daemon(r, "explorer-fetch"));
    ExecutorService writerThread =
        Executors.newSingleThreadExecutor(r -> daemon(r, "explorer-write"));
    if (start.isEmpty() && to - start.nextBlock() + 1 >= DEFER_INDEXES_FROM_BLOCKS) {
      store.deferIndexes();
    }
    Throwable failed = null;
    try {
      while (cp.nextBlock() <= to && !stop.getAsBoolean()) {
        ChunkWriter writer =
            new ChunkWriter(
                writerThread,
                cp,
                (chunk, before) -> store(chunk, before, head),
                chunk -> progress(chunk, meter));
        Optional<Checkpoint> done = pass(cp, to, new FetchPool(pool, tuner), writer, stop);
        if (done.isPresent()) {
          cp = done.get();
          break;
        }
        Checkpoint committed = store.checkpoint().orElseThrow();
        cp = reconcile(committed);
        if (cp.nextBlock() < committed.nextBlock()) {
          reorgCount++;
          stalls = 0;
        } else if (committed.nextBlock() == stalledAt && ++stalls >= MAX_STALLS) {
          throw new RpcException(
              RpcException.Kind.MALFORMED_RESPONSE,
              "the node at "
                  + reader.endpoint()
                  + " keeps serving block "
                  + committed.nextBlock()
                  + " with a parent hash that is not the hash of block "
                  + (committed.nextBlock() - 1)
                  + "; it is inconsistent or still reorganising (try again later)");
        } else if (committed.nextBlock() != stalledAt) {
          stalledAt = committed.nextBlock();
          stalls = 1;
        }
      }
    } catch (RuntimeException | Error e) {
      failed = e;
      throw e;
    } finally {
      pool.shutdownNow();
      writerThread.shutdown(); // idle: every pass waits for its last write
      completeIndexes(failed);
    }
    return new Result(start.nextBlock(), to, meter.blocks(), meter.txs(), reorgCount);
  }

  /**
   * Builds the secondary indexes a bulk load (this run's or an interrupted one's) deferred, also
   * when indexing stopped or failed, so the index answers queries at full speed; a failure of the
   * build is added to {@code failed} as suppressed.
   */
  private void completeIndexes(Throwable failed) {
    try {
      buildIndexes();
    } catch (RuntimeException e) {
      if (failed == null) {
        throw e;
      }
      failed.addSuppressed(e);
    }
  }

  /** Builds the deferred secondary indexes, if any, telling the listener before and after. */
  private void buildIndexes() {
    long[] began = new long[1]; // System.nanoTime() when the build began
    int built =
        store.completeIndexes(
            () -> {
              began[0] = System.nanoTime();
              listener.onIndexesBuilding();
            });
    if (built > 0) { // the store builds only when some are pending, and then all of them
      listener.onIndexesBuilt(built, Duration.ofNanos(System.nanoTime() - began[0]));
    }
  }

  /**
   * One pipelined pass from the checkpoint to {@code to}: fetches stay in flight while the {@code
   * writer} stores the blocks checked so far, handed over whenever it is free (at least {@link
   * #MIN_CHUNK_TXS} transactions or {@link #MIN_CHUNK_BLOCKS} blocks) or a chunk is full. Returns
   * the final checkpoint, or empty when a parent-hash mismatch interrupted it (everything good so
   * far is committed).
   */
  private Optional<Checkpoint> pass(
      Checkpoint cp, long to, FetchPool fetching, ChunkWriter writer, BooleanSupplier stop) {
    Deque<Future<List<ParsedBlock>>> inflight = new ArrayDeque<>();
    byte[] lastHash = cp.isEmpty() ? null : store.blockHash(cp.nextBlock() - 1).orElseThrow();
    List<ParsedBlock> pending = new ArrayList<>();
    int pendingTxs = 0;
    long next = cp.nextBlock();
    try {
      while (!stop.getAsBoolean()) {
        while (inflight.size() < fetching.tuner().concurrency() * 2 && next <= to) {
          long a = next;
          long b = Math.min(to, next + fetching.batch(reader) - 1);
          inflight.add(fetching.pool().submit(() -> fetch(a, b)));
          next = b + 1;
        }
        if (inflight.isEmpty()) {
          break;
        }
        List<ParsedBlock> arrived = await(inflight.poll());
        fetching.arrived(arrived.size());
        for (ParsedBlock block : arrived) {
          if (lastHash != null && !Arrays.equals(block.parentHash(), lastHash)) {
            writer.write(pending);
            writer.await();
            return Optional.empty();
          }
          pending.add(block);
          pendingTxs += block.transactions().size();
          lastHash = block.hash();
        }
        boolean full =
            pending.size() >= config.blocksPerCommit() || pendingTxs >= config.txsPerCommit();
        boolean worth = pendingTxs >= MIN_CHUNK_TXS || pending.size() >= MIN_CHUNK_BLOCKS;
        if (full || (worth && writer.idle())) {
          fetching.tuner().exclude(writer.write(pending));
          pending.clear();
          pendingTxs = 0;
        }
      }
      writer.write(pending);
      return Optional.of(writer.await());
    } catch (RuntimeException | Error e) {
      writer.awaitAfter(e);
      throw e;
    } finally {
      inflight.forEach(f -> f.cancel(true));
    }
  }

  /** Stores a chunk with its checkpoint (on the writer thread). */
  private Checkpoint store(List<ParsedBlock> chunk, Checkpoint before, long head) {
    Checkpoint after = store.append(chunk, before, head);
    tokens.learn(chunk, head);
    return after;
  }

  /** Counts a stored chunk and tells the listener (on the indexing thread). */
  private void progress(List<ParsedBlock> chunk, IndexMeter meter) {
    meter.add(chunk);
    ParsedBlock last = chunk.get(chunk.size() - 1);
    listener.onProgress(meter.progress(last.number()));
  }

  private List<ParsedBlock> fetch(long from, long to) {
    List<ParsedBlock> parsed = null;
    for (int attempt = 1; parsed == null; attempt++) {
      try {
        parsed = stream.fetch(from, to);
      } catch (RpcException e) {
        if (e.kind() != RpcException.Kind.CHAIN_MOVED || attempt >= 3) {
          throw e;
        }
      }
    }
    TraceMethod method = traceMethod;
    return method == TraceMethod.NONE ? parsed : withTraces(parsed, method);
  }

  private List<ParsedBlock> withTraces(List<ParsedBlock> blocks, TraceMethod method) {
    List<Long> numbers = new ArrayList<>();
    for (ParsedBlock b : blocks) {
      if (!b.transactions().isEmpty()) {
        numbers.add(b.number());
      }
    }
    return Traces.attach(blocks, traces.fetch(numbers, method), method);
  }

  private static List<ParsedBlock> await(Future<List<ParsedBlock>> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RpcException(RpcException.Kind.UNREACHABLE, "indexing was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  private static IndexStore openStore(ExplorerDatabase db, IndexWriterLock writer) {
    try {
      return new IndexStore(db);
    } catch (RuntimeException e) {
      writer.close();
      throw e;
    }
  }

  @Override
  public void close() {
    try {
      catalog.close();
      store.close();
    } finally {
      writer.close();
    }
  }
}
