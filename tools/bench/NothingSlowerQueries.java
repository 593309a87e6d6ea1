package io.abacus.explorer.bench;

import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.query.AddressQueries;
import io.abacus.explorer.query.ExplorerQueries;
import io.abacus.explorer.query.HistoryFilter;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The explorer's query latencies on its synthetic index, for tools/bench/nothing-slower.sh. Not part
 * of the build: the script compiles this one file against each checkout's explorer classes (the
 * same source runs on the code before issue 20, which has no {@code QueryLatency}, and on today's),
 * into the package of {@code SyntheticIndex}, whose shape and hashes it uses. The queries and their
 * counts are those of {@code QueryLatency} (docs/benchmarks.md, "Query latency ...").
 *
 * <p>{@code fill DB TXS} writes the synthetic index of about TXS transactions through the indexer's
 * writer (200 per block, TXS / 10 accounts as in IndexBenchmark); {@code query DB TXS} times the
 * queries on it and prints one line per query: {@code query<TAB>name<TAB>p50 ms<TAB>p95 ms<TAB>count}
 * (each query type within about 20 s).
 */
public final class NothingSlowerQueries {
  private static final int PER_BLOCK = 200;
  private static final long BUDGET_NANOS = 15_000_000_000L;

  private NothingSlowerQueries() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3 || !List.of("fill", "query").contains(args[0])) {
      System.err.println("usage: NothingSlowerQueries fill|query DB TXS");
      System.exit(2);
    }
    Path file = Path.of(args[1]);
    long txs = Long.parseLong(args[2]);
    long blocks = Math.max(1, txs / PER_BLOCK);
    int addresses = (int) Math.max(1000, Math.min(1_000_000, txs / 10));
    if (args[0].equals("fill")) {
      if (Files.exists(file)) {
        throw new IllegalStateException(file + " exists already");
      }
      ExplorerDatabase db = ExplorerDatabase.open(file);
      long written = new SyntheticIndex(addresses, PER_BLOCK).fill(db, blocks);
      db.checkpointWal();
      System.out.printf(Locale.ROOT, "filled %s: %,d transactions%n", file, written);
    } else {
      query(ExplorerDatabase.open(file), blocks, addresses);
    }
  }

  private static void query(ExplorerDatabase db, long blocks, int addresses) {
    SplittableRandom random = new SplittableRandom(99);
    try (AddressQueries history = new AddressQueries(db);
        ExplorerQueries q = new ExplorerQueries(db, 12)) {
      latency(
          "address history, first page of 25, random account",
          2000,
          () -> history.history(account(random.nextInt(addresses)), HistoryFilter.none(), 25, null));
      latency(
          "address history, first page of 25, hot account",
          500,
          () ->
              history.history(
                  account(random.nextInt(SyntheticIndex.HOT)), HistoryFilter.none(), 25, null));
      latency(
          "address history, page 2 via cursor, hot account",
          500,
          () -> {
            Address a = account(random.nextInt(SyntheticIndex.HOT));
            return history.history(
                a, HistoryFilter.none(), 25, history.history(a, HistoryFilter.none(), 25, null).next());
          });
      latency(
          "search: transaction hash",
          2000,
          () ->
              q.search(
                  HexBytes.toHex(
                      SyntheticIndex.txHash(random.nextLong(blocks), random.nextInt(PER_BLOCK)))));
      latency(
          "search: block hash",
          2000,
          () -> q.search(HexBytes.toHex(SyntheticIndex.blockHash(random.nextLong(blocks)))));
      latency("search: block number", 2000, () -> q.search(Long.toString(random.nextLong(blocks))));
      latency(
          "search: address", 2000, () -> q.search(account(random.nextInt(addresses)).toString()));
    }
  }

  private static Address account(int i) {
    return Address.of(SyntheticIndex.address(i));
  }

  /**
   * Times up to {@code n} queries after up to 200 warm-up ones, each phase within {@link #BUDGET_NANOS}
   * (at least 20 timed): the code before issue 20 scans all token transfers for a quiet account's
   * history page, seconds per page on a loaded machine.
   */
  private static void latency(String what, int n, Supplier<Object> query) {
    long warmEnd = System.nanoTime() + BUDGET_NANOS / 3;
    for (int i = 0; i < Math.min(200, n) && System.nanoTime() < warmEnd; i++) {
      query.get();
    }
    long[] nanos = new long[n];
    long end = System.nanoTime() + BUDGET_NANOS;
    int done = 0;
    while (done < n && (done < 20 || System.nanoTime() < end)) {
      long t = System.nanoTime();
      Object result = query.get();
      nanos[done++] = System.nanoTime() - t;
      if (result == null || result instanceof List<?> hits && hits.isEmpty()) {
        throw new IllegalStateException("no result: " + what);
      }
    }
    Arrays.sort(nanos, 0, done);
    System.out.printf(
        Locale.ROOT,
        "query\t%s\t%.3f\t%.3f\t%d%n",
        what,
        nanos[done / 2] / 1e6,
        nanos[(int) (done * 0.95)] / 1e6,
        done);
  }
}
