package io.abacus.wallet.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.testkit.ChildJvm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockedFileTest {
  @TempDir Path dir;

  @Test
  void twoProcessesIncrementingOneFileLoseNoUpdate() throws Exception {
    Path file = dir.resolve("counter");
    List<Process> children = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      children.add(ChildJvm.start(CounterMain.class, file.toString(), "200"));
    }
    // This JVM edits too, from two threads, while the children run.
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < 100; i++) {
                    LockedFile.update(file, CounterMain::increment);
                  }
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      thread.start();
      threads.add(thread);
    }
    for (Thread t : threads) {
      t.join();
    }
    for (Process p : children) {
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isZero();
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("600");
    assertThat(LockedFile.lockOf(file)).exists();
  }

  @Test
  void theHolderMayReenterAndNullMeansNoChange() throws Exception {
    Path file = dir.resolve("f");
    String seen =
        LockedFile.withLock(
            file,
            () -> {
              LockedFile.update(file, current -> "inner".getBytes(StandardCharsets.UTF_8));
              return new String(
                  LockedFile.update(file, current -> null).orElseThrow(), StandardCharsets.UTF_8);
            });
    assertThat(seen).isEqualTo("inner");
    assertThat(AtomicFile.backupOf(file)).doesNotExist();
  }
}
