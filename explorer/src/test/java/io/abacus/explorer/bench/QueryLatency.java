package io.abacus.explorer.bench;

import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.query.AddressQueries;
import io.abacus.explorer.query.ExplorerQueries;
import io.abacus.explorer.query.HistoryFilter;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * The query latencies of a synthetic index ({@link SyntheticIndex} or {@link SyntheticPgIndex})
 * through the explorer's own query classes: address history pages and search, p50/p95/max.
 *
 * @param blocks the index's blocks
 * @param perBlock its transactions per block
 * @param addresses its accounts
 * @param txHash the hash of transaction {@code index} of {@code block}
 * @param blockHash the hash of a block
 */
record QueryLatency(
    long blocks, int perBlock, int addresses, TxHash txHash, LongFunction<byte[]> blockHash) {

  /** How the synthetic index names its transactions. */
  interface TxHash {
    byte[] of(long block, int index);
  }

  /** Measures each query on {@code db} and reports one line per query to {@code line}. */
  void measure(ExplorerDatabase db, Consumer<String> line) {
    SplittableRandom random = new SplittableRandom(99);
    try (AddressQueries history = new AddressQueries(db);
        ExplorerQueries q = new ExplorerQueries(db, 12)) {
      line.accept(
          latency(
              "address history, first page of 25, random account",
              2000,
              () ->
                  history.history(
                      Address.of(SyntheticIndex.address(random.nextInt(addresses))),
                      HistoryFilter.none(),
                      25,
                      null)));
      line.accept(
          latency(
              "address history, first page of 25, hot account",
              500,
              () ->
                  history.history(
                      Address.of(SyntheticIndex.address(random.nextInt(SyntheticIndex.HOT))),
                      HistoryFilter.none(),
                      25,
                      null)));
      line.accept(
          latency(
              "address history, page 2 of 25 via cursor, hot account",
              500,
              () -> {
                Address a = Address.of(SyntheticIndex.address(random.nextInt(SyntheticIndex.HOT)));
                return history.history(
                    a,
                    HistoryFilter.none(),
                    25,
                    history.history(a, HistoryFilter.none(), 25, null).next());
              }));
      line.accept(
          latency(
              "search: transaction hash",
              2000,
              () ->
                  q.search(
                      HexBytes.toHex(
                          txHash.of(random.nextLong(blocks), random.nextInt(perBlock))))));
      line.accept(
          latency(
              "search: block hash",
              2000,
              () -> q.search(HexBytes.toHex(blockHash.apply(random.nextLong(blocks))))));
      line.accept(
          latency(
              "search: block number",
              2000,
              () -> q.search(Long.toString(random.nextLong(blocks)))));
      line.accept(
          latency(
              "search: address",
              2000,
              () ->
                  q.search(
                      Address.of(SyntheticIndex.address(random.nextInt(addresses))).toString())));
    }
  }

  private static String latency(String what, int n, Supplier<Object> query) {
    for (int i = 0; i < Math.min(200, n); i++) {
      query.get();
    }
    long[] nanos = new long[n];
    for (int i = 0; i < n; i++) {
      long t = System.nanoTime();
      Object result = query.get();
      nanos[i] = System.nanoTime() - t;
      if (result == null || result instanceof java.util.List<?> hits && hits.isEmpty()) {
        throw new AssertionError("no result: " + what);
      }
    }
    Arrays.sort(nanos);
    return String.format(
        Locale.ROOT,
        "- %s: p50 **%.2f ms**, p95 **%.2f ms**, max %.2f ms (%d queries)",
        what,
        nanos[n / 2] / 1e6,
        nanos[(int) (n * 0.95)] / 1e6,
        nanos[n - 1] / 1e6,
        n);
  }
}
