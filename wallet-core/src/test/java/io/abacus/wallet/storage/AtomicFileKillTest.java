package io.abacus.wallet.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.testkit.ChildJvm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A child JVM halted (as by kill -9) after each step of the write sequence: the file and its backup
 * always hold complete versions, and the backup is never missing once there was one.
 */
class AtomicFileKillTest {
  private static final String[] STEPS = {
    "temp-written", "backup-staged", "main-replaced", "backup-replaced", "done"
  };

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void killAtEachStepLeavesMainAndBackupValid(boolean replacingBackup) throws Exception {
    for (String step : STEPS) {
      Path file = dir.resolve(step + replacingBackup + ".json");
      AtomicFile.write(file, bytes("v1"));
      AtomicFile.write(file, bytes("v2"));
      Process child =
          replacingBackup
              ? ChildJvm.start(WriteStepMain.class, file.toString(), "v3", step, "v3-backup")
              : ChildJvm.start(WriteStepMain.class, file.toString(), "v3", step);
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(child.exitValue()).as("halted at " + step).isEqualTo(9);

      String main = Files.readString(file);
      String backup = Files.readString(AtomicFile.backupOf(file));
      assertThat(main).as("main after " + step).isIn("v2", "v3");
      if (replacingBackup) {
        assertThat(backup).as("backup after " + step).isIn("v1", "v3-backup");
        if (main.equals("v3")) {
          assertThat(backup).isEqualTo("v3-backup");
        }
      } else {
        assertThat(backup).as("backup after " + step).isIn("v1", "v2");
      }
      // The next write cleans up and works as usual.
      AtomicFile.write(file, bytes("v4"));
      assertThat(Files.readString(file)).isEqualTo("v4");
      assertThat(Files.readString(AtomicFile.backupOf(file))).isEqualTo(main);
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
