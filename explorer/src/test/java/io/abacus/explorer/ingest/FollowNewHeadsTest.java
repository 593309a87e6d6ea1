package io.abacus.explorer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.explorer.Fixtures;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.rpc.NewHeads;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithAnvil
class FollowNewHeadsTest {

  @Test
  void aNewHeadsSubscriptionWakesTheFollowerLongBeforeThePollingInterval(
      Anvil anvil, @TempDir Path dir) throws Exception {
    anvil.mine(3);
    ExplorerDatabase db = ExplorerDatabase.open(dir.resolve("index.db"));
    NewHeads heads =
        NewHeads.webSocket(URI.create("ws://127.0.0.1:" + anvil.port()), Duration.ofSeconds(10))
            .orElseThrow(() -> new AssertionError("anvil offers newHeads over WebSocket"));
    AtomicBoolean stop = new AtomicBoolean();
    Thread follower =
        new Thread(
            () -> {
              try (Indexer indexer =
                  new Indexer(
                      Fixtures.reader(anvil.rpcUrl(), 10),
                      db,
                      IndexerConfig.defaults(),
                      ProgressListener.none())) {
                indexer.follow(OptionalLong.empty(), Duration.ofMinutes(10), heads, stop::get);
              }
            });
    follower.start();
    try {
      awaitTip(db, 3);
      anvil.mine(2);
      awaitTip(db, 5);
    } finally {
      stop.set(true);
      anvil.mine(1);
      follower.join(30_000);
      heads.close();
    }
    assertThat(follower.isAlive()).isFalse();
  }

  @Test
  void noSubscriptionWhereThereIsNoWebSocket() {
    assertThat(NewHeads.webSocket(URI.create("ws://127.0.0.1:1"), Duration.ofSeconds(2))).isEmpty();
  }

  private static void awaitTip(ExplorerDatabase db, long tip) throws Exception {
    for (int i = 0; i < 400; i++) {
      if (Fixtures.count(db, "SELECT coalesce(max(number), -1) FROM blocks") >= tip) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the follower did not reach block " + tip + " within 20 s");
  }
}
