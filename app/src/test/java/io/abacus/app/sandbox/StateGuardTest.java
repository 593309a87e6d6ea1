package io.abacus.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateGuardTest {
  @TempDir Path data;
  private static final String GOOD =
      "{\"block\":{\"number\":\"0x5\"},\"accounts\":{},\"best_block_number\":5}";
  final Clock clock = Clock.fixed(Instant.ofEpochMilli(1234), ZoneOffset.UTC);

  @Test
  void noStateIsAFreshChain() throws Exception {
    SandboxFiles files = SandboxFiles.in(data);
    assertThat(new StateGuard(files, clock).prepare()).isEmpty();
    assertThat(files.state()).doesNotExist();
  }

  @Test
  void aGoodStateBecomesTheLastGoodOneOnlyOnceAnvilLoadedIt() throws Exception {
    SandboxFiles files = files(GOOD);
    StateGuard guard = new StateGuard(files, clock);
    assertThat(guard.prepare()).isEmpty();
    assertThat(files.stateBackup()).doesNotExist();
    Files.writeString(files.state(), "{\"anvil\":\"rewrites it while running\"}");
    guard.loaded();
    assertThat(Files.readString(files.stateBackup())).isEqualTo(GOOD);
    assertThat(files.stateLoading()).doesNotExist();
  }

  @Test
  void wellFormedJsonWithoutAnvilsFieldsNeverReplacesTheLastGoodState() throws Exception {
    SandboxFiles files = files("{\"garbage\": true}");
    Files.writeString(files.stateBackup(), GOOD);
    StateGuard guard = new StateGuard(files, clock);
    assertThat(guard.prepare())
        .singleElement()
        .asString()
        .contains("state.unreadable-1234.json")
        .contains("restored");
    guard.loaded();
    assertThat(Files.readString(files.stateBackup())).isEqualTo(GOOD);
    assertThat(Files.readString(files.state())).isEqualTo(GOOD);
    assertThat(Files.readString(files.dir().resolve("state.unreadable-1234.json")))
        .isEqualTo("{\"garbage\": true}");
  }

  @Test
  void theShapeIsWhatAnvilsLoaderRequires() throws Exception {
    assertThat(shape(GOOD)).isTrue();
    assertThat(shape("{\"block\":null,\"accounts\":{},\"best_block_number\":null}")).isTrue();
    assertThat(shape("{\"garbage\": true}")).isFalse();
    assertThat(shape("{\"accounts\":{},\"best_block_number\":1}")).isFalse();
    assertThat(shape("{\"block\":{},\"accounts\":[],\"best_block_number\":1}")).isFalse();
    assertThat(shape("{\"block\":{},\"accounts\":{}}")).isFalse();
    assertThat(shape("{\"block\":{},\"accounts\":{},\"best_block_number\":1,\"blocks\":5}"))
        .isFalse();
    assertThat(shape("[]")).isFalse();
  }

  @Test
  void startingFromTheLastGoodStateKeepsTheFailedOneAside() throws Exception {
    SandboxFiles files = files("{\"block\":{},\"accounts\":{},\"best_block_number\":99}");
    Files.writeString(files.stateBackup(), GOOD);
    StateGuard guard = new StateGuard(files, clock);
    assertThat(guard.lastGood()).isPresent();
    assertThat(guard.useLastGood()).contains("state.failed-1234.json");
    assertThat(Files.readString(files.state())).isEqualTo(GOOD);
    assertThat(files.dir().resolve("state.failed-1234.json")).exists();
  }

  @Test
  void withoutALastGoodStateThereIsNothingToStartFrom() throws Exception {
    SandboxFiles files = files(GOOD);
    StateGuard guard = new StateGuard(files, clock);
    assertThat(guard.lastGood()).isEmpty();
    assertThatThrownBy(guard::useLastGood)
        .isInstanceOf(SandboxException.class)
        .hasMessageContaining("no last good");
    assertThat(Files.readString(files.state())).isEqualTo(GOOD);
  }

  @Test
  void aTruncatedStateIsMovedAsideAndTheLastGoodOneRestored() throws Exception {
    SandboxFiles files = files("{\"block\":{\"number\":\"0x9\"},\"acc");
    Files.writeString(files.stateBackup(), GOOD);
    assertThat(new StateGuard(files, clock).prepare())
        .singleElement()
        .asString()
        .contains("unreadable")
        .contains("state.unreadable-1234.json")
        .contains("restored");
    assertThat(Files.readString(files.state())).isEqualTo(GOOD);
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
    assertThat(shape(GOOD + " {")).isFalse();
  }

  private boolean shape(String json) throws Exception {
    Path file = data.resolve("shape.json");
    Files.writeString(file, json);
    return StateGuard.hasAnvilShape(file);
  }

  private SandboxFiles files(String state) throws Exception {
    SandboxFiles files = SandboxFiles.in(data);
    Files.createDirectories(files.dir());
    Files.writeString(files.state(), state);
    return files;
  }
}
