package io.abacus.wallet.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path dir;

  @Test
  void writesNewContentAndKeepsThePreviousVersion() throws Exception {
    Path file = dir.resolve("wallet.json");
    AtomicFile.write(file, bytes("v1"));
    assertThat(Files.exists(AtomicFile.backupOf(file))).isFalse();
    AtomicFile.write(file, bytes("v2"));
    assertThat(AtomicFile.read(file)).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("v2")));
    assertThat(AtomicFile.readBackup(file))
        .hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("v1")));
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("wallet.json", "wallet.json.bak");
    }
  }

  @Test
  void backupIsAnIndependentCopyOfTheOldVersion() throws Exception {
    Path file = dir.resolve("w");
    AtomicFile.write(file, bytes("one"));
    AtomicFile.write(file, bytes("two"));
    AtomicFile.write(file, bytes("three"));
    assertThat(Files.readString(file)).isEqualTo("three");
    assertThat(Files.readString(AtomicFile.backupOf(file))).isEqualTo("two");
  }

  @Test
  void readFallsBackToTheBackupWhenTheFileIsMissing() throws Exception {
    Path file = dir.resolve("w");
    AtomicFile.write(file, bytes("one"));
    AtomicFile.write(file, bytes("two"));
    Files.delete(file); // as if a crash had struck between unlink and rename on a odd filesystem
    assertThat(AtomicFile.read(file))
        .hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("one")));
    assertThat(AtomicFile.read(dir.resolve("none"))).isEmpty();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
