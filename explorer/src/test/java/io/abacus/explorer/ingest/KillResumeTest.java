package io.abacus.explorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.explorer.Fixtures;
import io.abacus.explorer.TestChain;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.ChildJvm;
import io.abacus.testkit.WithAnvil;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithAnvil
class KillResumeTest {

  @Test
  void killMinusNineMidIndexThenResumeGivesTheSameDataAsOneRun(Anvil anvil, @TempDir Path dir)
      throws Exception {
    new TestChain(anvil).tokenScenario().ethTraffic(150, 4);
    long head = anvil.blockNumber();
    Path killed = dir.resolve("killed.db");
    ExplorerDatabase.open(killed);

    Process child =
        new ProcessBuilder(
                ChildJvm.command(IndexChild.class, List.of(anvil.rpcUrl(), killed.toString())))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    ExplorerDatabase db = ExplorerDatabase.open(killed);
    long stored = 0;
    try {
      for (int i = 0; i < 1200 && stored < 40; i++) {
        Thread.sleep(25);
        stored = Fixtures.count(db, "SELECT coalesce(max(next_block), 0) FROM checkpoint");
        assertThat(child.isAlive())
            .as("child ended early: %s", Files.readString(dir.resolve("child.log")))
            .isTrue();
      }
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    long atKill = Fixtures.count(db, "SELECT next_block FROM checkpoint");
    assertThat(atKill).as("killed mid-way").isBetween(40L, head);
    assertThat(Fixtures.count(db, "SELECT count(*) FROM blocks")).isEqualTo(atKill);
    // A first bulk load builds its secondary indexes after the last block: killed before, the six
    // are still recorded as deferred, and the resumed run builds them.
    String deferred = "SELECT count(*) FROM index_options WHERE name LIKE 'deferred_index:%'";
    String indexes = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL";
    assertThat(Fixtures.count(db, deferred)).isEqualTo(6);

    Indexer.Result resumed = Fixtures.index(anvil, db, IndexerConfig.defaults().withBatchSize(5));
    assertThat(resumed.from()).isEqualTo(atKill);

    ExplorerDatabase once = ExplorerDatabase.open(dir.resolve("once.db"));
    Fixtures.index(anvil, once, IndexerConfig.defaults());
    assertThat(Fixtures.dump(db)).isEqualTo(Fixtures.dump(once));
    assertThat(Fixtures.count(db, "SELECT count(*) FROM blocks")).isEqualTo(head + 1);
    assertThat(Fixtures.count(db, deferred)).isZero();
    assertThat(Fixtures.count(db, indexes)).isEqualTo(Fixtures.count(once, indexes));
  }
}
