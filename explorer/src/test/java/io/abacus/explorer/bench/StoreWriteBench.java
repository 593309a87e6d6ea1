package io.abacus.explorer.bench;

import io.abacus.explorer.db.Checkpoint;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.db.IndexStore;
import io.abacus.explorer.ingest.ParsedBlock;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The store alone (issue 20, fifth pass): the CPU seconds of the thread that appends a synthetic
 * chain (SyntheticIndex's mix: 20% token transfers, 1,200 addresses) into fresh SQLite files in
 * chunks of 100 blocks (about the indexer's 2,000 transactions), secondary indexes kept row by row
 * against deferred and built after the load, alternated. Not part of the default run: {@code mvn -B
 * -o -pl explorer/tests -am test -Pbench -Dtest=StoreWriteBench
 * -Dsurefire.failIfNoSpecifiedTests=false -Dbench.blocks=1000 -Dbench.perBlock=20
 * -Dbench.rounds=5}.
 */
@Tag("bench")
class StoreWriteBench {
  @Test
  void run() throws Exception {
    int blocks = Integer.getInteger("bench.blocks", 1000);
    int perBlock = Integer.getInteger("bench.perBlock", 20);
    int rounds = Integer.getInteger("bench.rounds", 5);
    SyntheticIndex synthetic = new SyntheticIndex(1200, perBlock);
    List<ParsedBlock> chain = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(7);
    for (long n = 0; n < blocks; n++) {
      chain.add(synthetic.block(n, random));
    }
    Path dir = Files.createTempDirectory("abacus-store-bench");
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    fill(dir.resolve("warm.db"), chain, true);
    fill(dir.resolve("warm2.db"), chain, false);
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "%d blocks x %d tx, chunks of 100 blocks; writer CPU s (wall s)%n",
            blocks,
            perBlock));
    for (int i = 0; i < rounds; i++) {
      for (int v = 0; v < 2; v++) {
        boolean defer = v == 1;
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        fill(dir.resolve("r" + i + "-" + v + ".db"), chain, defer);
        report.append(
            String.format(
                Locale.ROOT,
                "round %d %s: %.3f (%.3f)%n",
                i + 1,
                defer ? "deferred" : "row by row",
                (cpu.getCurrentThreadCpuTime() - c0) / 1e9,
                (System.nanoTime() - t0) / 1e9));
      }
    }
    System.out.println(report);
    Files.writeString(Path.of("target", "store-write-bench.md"), report);
  }

  private static void fill(Path file, List<ParsedBlock> chain, boolean defer) {
    ExplorerDatabase db = ExplorerDatabase.open(file);
    try (IndexStore store = new IndexStore(db)) {
      Checkpoint cp = store.start(1, 0, chain.size() - 1);
      if (defer) {
        store.deferIndexes();
      }
      for (int from = 0; from < chain.size(); from += 100) {
        cp = store.append(chain.subList(from, Math.min(chain.size(), from + 100)), cp, 0);
      }
      store.completeIndexes();
    }
  }
}
