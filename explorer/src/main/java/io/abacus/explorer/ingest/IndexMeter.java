package io.abacus.explorer.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Counts what an indexing run stored and turns it into rates for {@link Progress}. */
final class IndexMeter {
  private final long from;
  private final long to;
  private final long started = System.nanoTime();
  private long blocks;
  private long txs;

  IndexMeter(long from, long to) {
    this.from = from;
    this.to = to;
  }

  long blocks() {
    return blocks;
  }

  long txs() {
    return txs;
  }

  void add(List<ParsedBlock> stored) {
    blocks += stored.size();
    stored.forEach(b -> txs += b.transactions().size());
  }

  Progress progress(long stored) {
    double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    double bps = blocks / seconds;
    long left = Math.max(0, to - stored);
    Optional<Duration> eta =
        bps > 0 ? Optional.of(Duration.ofMillis((long) (left / bps * 1000))) : Optional.empty();
    return new Progress(from, to, stored, blocks, txs, bps, txs / seconds, eta);
  }
}
