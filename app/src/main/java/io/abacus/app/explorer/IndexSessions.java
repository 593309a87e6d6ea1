package io.abacus.app.explorer;

import io.abacus.app.labels.Names;
import io.abacus.app.secrets.SecretStore;
import io.abacus.app.secrets.SecretStores;
import io.abacus.explorer.db.DbLocation;
import io.abacus.wallet.network.Network;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Hands out {@link IndexSession}s for the window's lifetime so that, whichever screen or language
 * rebuild asks, only one indexer at a time writes a network's index. A network reads its file on
 * this computer unless {@link SharedIndexes} names a shared PostgreSQL index for it.
 */
public final class IndexSessions {
  private final Path dataDirectory;
  private final Names names;
  private final SharedIndexes shared;
  private final Map<String, AtomicBoolean> indexing = new HashMap<>();

  /** Sessions whose shared-index passwords are in this machine's secret store. */
  public IndexSessions(Path dataDirectory) {
    this(dataDirectory, (Names) null);
  }

  /**
   * @param names the app's names, in the label columns of exports (null: the index's labels only)
   */
  public IndexSessions(Path dataDirectory, Names names) {
    this(dataDirectory, () -> SecretStores.forThisMachine(dataDirectory, System.getenv()), names);
  }

  /** Sessions whose shared-index passwords are in {@code secrets} (asked for on first use). */
  public IndexSessions(Path dataDirectory, java.util.function.Supplier<SecretStore> secrets) {
    this(dataDirectory, secrets, null);
  }

  /**
   * @param names the app's names, in the label columns of exports (null: the index's labels only)
   */
  public IndexSessions(
      Path dataDirectory, java.util.function.Supplier<SecretStore> secrets, Names names) {
    this.dataDirectory = dataDirectory;
    this.shared = new SharedIndexes(dataDirectory, SecretStores.once(secrets));
    this.names = names;
  }

  /** Which networks read a shared index. */
  public SharedIndexes shared() {
    return shared;
  }

  /** A session on {@code network}'s index: its shared one if it has one, else its file. */
  public synchronized IndexSession open(Network network) {
    Optional<SharedIndex> remote = shared.get(network.id());
    DbLocation location =
        remote.isPresent()
            ? remote.get().location(shared.password(network.id()))
            : DbLocation.file(IndexLocations.of(dataDirectory, network));
    boolean readOnly = remote.map(SharedIndex::readOnly).orElse(false);
    return new IndexSession(
        network,
        location,
        readOnly,
        indexing.computeIfAbsent(key(location), f -> new AtomicBoolean()),
        names);
  }

  private static String key(DbLocation location) {
    return location.isFile() ? location.file().toAbsolutePath().toString() : location.toString();
  }
}
