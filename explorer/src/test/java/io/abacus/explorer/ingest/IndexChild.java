package io.abacus.explorer.ingest;

import io.abacus.explorer.Fixtures;
import io.abacus.explorer.db.DbLocation;
import io.abacus.explorer.db.ExplorerDatabase;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Indexes in a child JVM so a test can kill it mid-way. Commits every two blocks and pauses after
 * each commit (standing in for a slow disk) so the kill lands while work remains.
 */
public final class IndexChild {
  private IndexChild() {}

  public static void main(String[] args) {
    // args[1]: an index file or a postgresql:// URL, as --db takes it.
    ExplorerDatabase db = ExplorerDatabase.open(DbLocation.parse(args[1], null, Map.of()));
    IndexerConfig config =
        IndexerConfig.defaults().withBatchSize(2).withConcurrency(2).withBlocksPerCommit(2);
    try (Indexer indexer =
        new Indexer(
            Fixtures.reader(args[0], 2),
            db,
            config,
            p -> {
              try {
                Thread.sleep(15);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            })) {
      indexer.index(OptionalLong.empty(), OptionalLong.empty(), () -> false);
    }
  }
}
