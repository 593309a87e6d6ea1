package io.abacus.app.explorer;

import io.abacus.app.labels.Names;
import io.abacus.wallet.network.Network;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Hands out {@link IndexSession}s for the window's lifetime so that, whichever screen or language
 * rebuild asks, only one indexer at a time writes a network's index file.
 */
public final class IndexSessions {
  private final Path dataDirectory;
  private final Names names;
  private final Map<Path, AtomicBoolean> indexing = new HashMap<>();

  public IndexSessions(Path dataDirectory) {
    this(dataDirectory, null);
  }

  /**
   * @param names the app's names, in the label columns of exports (null: the index's labels only)
   */
  public IndexSessions(Path dataDirectory, Names names) {
    this.dataDirectory = dataDirectory;
    this.names = names;
  }

  /** A session on {@code network}'s index. */
  public synchronized IndexSession open(Network network) {
    Path file = IndexLocations.of(dataDirectory, network);
    return new IndexSession(
        network,
        file,
        indexing.computeIfAbsent(file.toAbsolutePath(), f -> new AtomicBoolean()),
        names);
  }
}
