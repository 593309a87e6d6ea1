package io.abacus.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

/** Makes sure a test leaves no anvil running. */
public final class SandboxTestSupport {
  private SandboxTestSupport() {}

  /** Stops the Sandbox (killing its node if stop fails) and checks the process is gone. */
  public static void stopAndVerify(Sandbox sandbox) {
    NodeRecordStore store = new NodeRecordStore(sandbox.files().nodeRecord());
    Optional<NodeRecord> record = store.read();
    try {
      sandbox.stop();
    } finally {
      record.flatMap(r -> ProcessHandle.of(r.pid())).ifPresent(ProcessHandle::destroyForcibly);
    }
    record.ifPresent(
        r ->
            assertThat(ProcessHandle.of(r.pid()).filter(ProcessHandle::isAlive))
                .as("anvil %d still running", r.pid())
                .isEmpty());
  }
}
