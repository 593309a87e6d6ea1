package io.abacus.app.statements;

import io.abacus.app.payments.NodeAccess;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.statement.IndexMovements;
import io.abacus.explorer.statement.MovementSource;
import io.abacus.explorer.statement.NodeMovements;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.JsonRpcClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Where the Statements page reads movements from: the node, or the selected network's explorer
 * index when there is one (offered, not imposed; balances always come from the node).
 */
public final class IndexChoice {
  private final NodeAccess node;
  private final Function<Network, Path> indexFile;
  private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
  private final BooleanProperty use = new SimpleBooleanProperty();

  /**
   * @param node the selected network
   * @param indexFile where a network's explorer index lives (see {@code IndexLocations})
   */
  public IndexChoice(NodeAccess node, Function<Network, Path> indexFile) {
    this.node = node;
    this.indexFile = indexFile;
    refresh();
  }

  /** Whether the selected network has an explorer index. */
  public ReadOnlyBooleanProperty availableProperty() {
    return available.getReadOnlyProperty();
  }

  /** Read the movements from that index. */
  public BooleanProperty useProperty() {
    return use;
  }

  /** Looks again whether the selected network has an index; unticks the choice when it has not. */
  public void refresh() {
    available.set(file().isPresent());
    if (!available.get()) {
      use.set(false);
    }
  }

  /** The source chosen, for {@code network} served by {@code client}. */
  MovementSource source(JsonRpcClient client, Network network) {
    Optional<Path> f = use.get() ? file() : Optional.empty();
    return f.isPresent()
        ? new IndexMovements(ExplorerDatabase.open(f.get()), network.chainId())
        : new NodeMovements(client);
  }

  private Optional<Path> file() {
    try {
      Path f = indexFile.apply(node.network());
      return Files.isRegularFile(f) ? Optional.of(f) : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty(); // no node selected, or a network id unfit for a file name
    }
  }
}
