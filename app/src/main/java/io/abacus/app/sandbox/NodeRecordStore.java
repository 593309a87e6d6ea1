package io.abacus.app.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.wallet.storage.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads and writes {@code node.json} (format version {@value #VERSION}), so a second process (e.g.
 * {@code abacus sandbox stop}) finds the node the first one started.
 */
public final class NodeRecordStore {
  static final int VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path file;

  public NodeRecordStore(Path file) {
    this.file = file;
  }

  /** Records the running node, atomically. */
  public void write(NodeRecord node) {
    ObjectNode o = JSON.createObjectNode();
    o.put("version", VERSION);
    o.put("pid", node.pid());
    o.put("port", node.port());
    if (node.processStart() != null) {
      o.put("processStart", node.processStart().toString());
    }
    o.put("binary", node.binary());
    try {
      AtomicFile.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(o));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * The recorded node, whether or not it still runs; empty if there is no record or it cannot be
   * read (a record is only a hint: the process check decides).
   */
  public Optional<NodeRecord> read() {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      JsonNode o = JSON.readTree(file.toFile());
      if (o == null || o.path("version").asInt() != VERSION) {
        return Optional.empty();
      }
      long pid = o.path("pid").asLong(-1);
      int port = o.path("port").asInt(-1);
      if (pid <= 0 || port <= 0 || port > 65535) {
        return Optional.empty();
      }
      Instant start =
          o.hasNonNull("processStart") ? Instant.parse(o.get("processStart").asText()) : null;
      return Optional.of(new NodeRecord(pid, port, start, o.path("binary").asText("")));
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  /** The recorded node if its process still runs; a stale or unreadable record is deleted. */
  public Optional<NodeRecord> live() {
    Optional<NodeRecord> record = read();
    if (record.isPresent() && record.get().liveProcess().isPresent()) {
      return record;
    }
    delete();
    return Optional.empty();
  }

  /** Removes the record if it names process {@code pid} (another process may have replaced it). */
  public void deleteIfFor(long pid) {
    if (read().map(r -> r.pid() == pid).orElse(false)) {
      delete();
    }
  }

  /** Removes the record (and its backup). */
  public void delete() {
    try {
      Files.deleteIfExists(file);
      Files.deleteIfExists(AtomicFile.backupOf(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + file, e);
    }
  }
}
