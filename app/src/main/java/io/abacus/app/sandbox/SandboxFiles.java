package io.abacus.app.sandbox;

import java.nio.file.Path;

/**
 * The Sandbox's files inside the data folder ({@code <data>/sandbox}).
 *
 * @param dir the sandbox folder
 */
public record SandboxFiles(Path dir) {
  /** The files of the Sandbox in {@code dataDirectory}. */
  public static SandboxFiles in(Path dataDirectory) {
    return new SandboxFiles(dataDirectory.resolve("sandbox"));
  }

  /** anvil's chain state (accounts, blocks, transactions), loaded on start and saved on exit. */
  public Path state() {
    return dir.resolve("state.json");
  }

  /** The last state that loaded fine, kept in case a crash leaves {@link #state()} unreadable. */
  public Path stateBackup() {
    return dir.resolve("state.good.json");
  }

  /** A copy of the state anvil is starting with; it becomes {@link #stateBackup()} once loaded. */
  public Path stateLoading() {
    return dir.resolve("state.loading.json");
  }

  /** The running node (pid, port), for other processes. */
  public Path nodeRecord() {
    return dir.resolve("node.json");
  }

  /** What the Sandbox set up (the Test USD address). */
  public Path info() {
    return dir.resolve("sandbox.json");
  }

  /** Names of the demo businesses, for the address book. */
  public Path labels() {
    return dir.resolve("labels.json");
  }

  /** anvil's own output. */
  public Path log() {
    return dir.resolve("anvil.log");
  }

  /** anvil's output of the run before. */
  public Path previousLog() {
    return dir.resolve("anvil.previous.log");
  }

  /** Held while starting or stopping, so two processes do not race. */
  public Path lock() {
    return dir.resolve(".lock");
  }
}
