package io.abacus.app.sandbox;

import java.time.Instant;
import java.util.Optional;

/**
 * A running Sandbox node as recorded in {@code node.json}.
 *
 * @param pid anvil's process id
 * @param port its JSON-RPC port on 127.0.0.1
 * @param processStart the process start time the OS reported, to tell a reused pid apart; null if
 *     the OS did not say
 * @param binary the anvil executable
 */
public record NodeRecord(long pid, int port, Instant processStart, String binary) {
  /** The JSON-RPC endpoint. */
  public String rpcUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** The live process this record names, or empty if it is gone (the record is stale). */
  public Optional<ProcessHandle> liveProcess() {
    Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    if (handle.isEmpty()) {
      return handle;
    }
    ProcessHandle.Info info = handle.get().info();
    Optional<Instant> started = info.startInstant();
    if (processStart != null && started.isPresent()) {
      // Start times from /proc have tick granularity; a reused pid starts much later.
      long apartMillis = Math.abs(started.get().toEpochMilli() - processStart.toEpochMilli());
      return apartMillis < 1000 ? handle : Optional.empty();
    }
    return info.command().filter(c -> c.contains("anvil")).isPresent() ? handle : Optional.empty();
  }
}
