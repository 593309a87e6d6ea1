package io.abacus.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeRecordStoreTest {
  @TempDir Path dir;

  Path file() {
    return dir.resolve("sandbox/node.json");
  }

  @Test
  void writesAndReadsARecord() throws IOException {
    NodeRecordStore store = new NodeRecordStore(file());
    NodeRecord record =
        new NodeRecord(4242, 34567, Instant.parse("2026-01-02T03:04:05.060Z"), "/opt/anvil");
    store.write(record);
    assertThat(store.read()).contains(record);
    assertThat(record.rpcUrl()).isEqualTo("http://127.0.0.1:34567");
    assertThat(Files.readString(file())).contains("\"version\" : 1");
    try (var files = Files.list(file().getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("node.json");
    }
  }

  @Test
  void aRecordOfALiveProcessIsLive() {
    ProcessHandle self = ProcessHandle.current();
    NodeRecordStore store = new NodeRecordStore(file());
    NodeRecord record =
        new NodeRecord(self.pid(), 1234, self.info().startInstant().orElseThrow(), "x");
    store.write(record);
    assertThat(store.live()).contains(record);
    assertThat(file()).exists();
  }

  @Test
  void aRecordOfAnExitedProcessIsStaleAndRemoved() throws Exception {
    Process p = new ProcessBuilder("true").start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    NodeRecordStore store = new NodeRecordStore(file());
    store.write(new NodeRecord(p.pid(), 1234, Instant.now(), "true"));
    assertThat(store.read()).isPresent();
    assertThat(store.live()).isEmpty();
    assertThat(file()).doesNotExist();
  }

  @Test
  void aReusedPidIsStale() {
    ProcessHandle self = ProcessHandle.current();
    Instant earlier = self.info().startInstant().orElseThrow().minus(Duration.ofHours(1));
    NodeRecordStore store = new NodeRecordStore(file());
    store.write(new NodeRecord(self.pid(), 1234, earlier, "anvil"));
    assertThat(store.live()).isEmpty();
    assertThat(file()).doesNotExist();
  }

  @Test
  void withoutAStartTimeOnlyAnAnvilCommandCounts() {
    NodeRecordStore store = new NodeRecordStore(file());
    // This JVM is alive but is not anvil.
    store.write(new NodeRecord(ProcessHandle.current().pid(), 1234, null, "anvil"));
    assertThat(store.live()).isEmpty();
  }

  @Test
  void unreadableOrForeignRecordsAreIgnoredAndRemoved() throws IOException {
    NodeRecordStore store = new NodeRecordStore(file());
    Files.createDirectories(file().getParent());
    for (String content :
        new String[] {
          "{\"version\":1,\"pid\":12", // truncated
          "{\"version\":2,\"pid\":12,\"port\":80}", // newer format
          "{\"version\":1,\"pid\":-3,\"port\":80}",
          "{\"version\":1,\"pid\":12,\"port\":70000}",
          "[]"
        }) {
      Files.writeString(file(), content);
      assertThat(store.read()).as(content).isEmpty();
      assertThat(store.live()).as(content).isEmpty();
      assertThat(file()).as(content).doesNotExist();
    }
  }

  @Test
  void deleteIfForKeepsAnotherProcesssRecord() {
    NodeRecordStore store = new NodeRecordStore(file());
    store.write(new NodeRecord(100, 1234, null, "anvil"));
    store.deleteIfFor(101);
    assertThat(file()).exists();
    store.deleteIfFor(100);
    assertThat(file()).doesNotExist();
  }
}
