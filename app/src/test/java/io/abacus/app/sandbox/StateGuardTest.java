package io.abacus.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateGuardTest {
  @TempDir Path data;
  final Clock clock = Clock.fixed(Instant.ofEpochMilli(1234), ZoneOffset.UTC);

  @Test
  void noStateIsAFreshChain() throws Exception {
    SandboxFiles files = SandboxFiles.in(data);
    assertThat(new StateGuard(files, clock).prepare()).isEmpty();
    assertThat(files.state()).doesNotExist();
  }

  @Test
  void aGoodStateIsKeptAsTheLastGoodOne() throws Exception {
    SandboxFiles files = files("{\"block\":{\"number\":\"0x5\"},\"accounts\":{}}");
    assertThat(new StateGuard(files, clock).prepare()).isEmpty();
    assertThat(Files.readString(files.stateBackup())).isEqualTo(Files.readString(files.state()));
  }

  @Test
  void aTruncatedStateIsMovedAsideAndTheLastGoodOneRestored() throws Exception {
    SandboxFiles files = files("{\"block\":{\"number\":\"0x9\"},\"acc");
    Files.writeString(files.stateBackup(), "{\"block\":{\"number\":\"0x5\"}}");
    assertThat(new StateGuard(files, clock).prepare())
        .singleElement()
        .asString()
        .contains("unreadable")
        .contains("state.unreadable-1234.json")
        .contains("restored");
    assertThat(Files.readString(files.state())).isEqualTo("{\"block\":{\"number\":\"0x5\"}}");
    assertThat(Files.readString(files.dir().resolve("state.unreadable-1234.json")))
        .startsWith("{\"block\":{\"number\":\"0x9\"}");
  }

  @Test
  void aTruncatedStateWithoutBackupStartsFresh() throws Exception {
    SandboxFiles files = files("");
    assertThat(new StateGuard(files, clock).prepare())
        .singleElement()
        .asString()
        .contains("fresh test chain");
    assertThat(files.state()).doesNotExist();
    assertThat(files.dir().resolve("state.unreadable-1234.json")).exists();
  }

  @Test
  void trailingGarbageIsUnreadable() throws Exception {
    assertThat(StateGuard.isCompleteJson(files("{} {").state())).isFalse();
  }

  private SandboxFiles files(String state) throws Exception {
    SandboxFiles files = SandboxFiles.in(data);
    Files.createDirectories(files.dir());
    Files.writeString(files.state(), state);
    return files;
  }
}
