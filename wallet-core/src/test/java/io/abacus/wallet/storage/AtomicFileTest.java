package io.abacus.wallet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
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

  @Test
  void filesAreOwnerOnlyAndNewFoldersToo() throws Exception {
    assumeTrue(PrivateFiles.posix());
    Path file = dir.resolve("new/deeper/w");
    AtomicFile.write(file, bytes("one"));
    AtomicFile.write(file, bytes("two"));
    AtomicFile.writeReplacingBackup(file, bytes("three"), bytes("three-backup"));
    LockedFile.update(file, current -> bytes("four"));
    for (Path p : List.of(file, AtomicFile.backupOf(file), LockedFile.lockOf(file))) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
          .as(p.toString())
          .isEqualTo("rw-------");
    }
    for (Path d : List.of(dir.resolve("new"), dir.resolve("new/deeper"))) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(d)))
          .isEqualTo("rwx------");
    }
  }

  @Test
  void replacingTheBackupZeroesTheReplacedVersions() throws Exception {
    Path file = dir.resolve("w");
    AtomicFile.write(file, bytes("old-one"));
    AtomicFile.write(file, bytes("old-two"));
    Path keptMain = dir.resolve("main-handle");
    Path keptBackup = dir.resolve("backup-handle");
    // Extra names let the test look at the replaced versions after the renames...
    Files.createLink(keptMain, file);
    Files.createLink(keptBackup, AtomicFile.backupOf(file));
    AtomicFile.writeReplacingBackup(file, bytes("new"), bytes("new-backup"));
    assertThat(Files.readString(file)).isEqualTo("new");
    assertThat(Files.readString(AtomicFile.backupOf(file))).isEqualTo("new-backup");
    // ...and, being extra links, protect those versions from zeroing (another name still uses
    // them). Without them the versions are zeroed:
    assertThat(Files.readString(keptMain)).isEqualTo("old-two");
    Files.delete(keptMain);
    Files.delete(keptBackup);
    Path probe = dir.resolve("probe");
    AtomicFile.write(probe, bytes("secret-1"));
    try (java.nio.channels.FileChannel before =
        java.nio.channels.FileChannel.open(probe, java.nio.file.StandardOpenOption.READ)) {
      AtomicFile.writeReplacingBackup(probe, bytes("next"), bytes("next-backup"));
      java.nio.ByteBuffer read = java.nio.ByteBuffer.allocate(8);
      before.read(read, 0);
      assertThat(read.array()).containsOnly(0);
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
