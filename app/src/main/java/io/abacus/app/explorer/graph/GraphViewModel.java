package io.abacus.app.explorer.graph;

import io.abacus.app.explorer.IndexSession;
import io.abacus.app.i18n.I18n;
import io.abacus.app.labels.Names;
import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.TaskExecutor;
import io.abacus.explorer.db.Checkpoint;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.wallet.address.Address;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The fund-flow graph around an address: its counterparties as nodes, transfers summed per asset as
 * edges, within a date range. Nodes expand one hop at a time; at most {@value #MAX_NODES} nodes and
 * {@value #PER_HOP} new neighbours per expansion (the busiest).
 */
public final class GraphViewModel {
  static final int MAX_NODES = 60;
  static final int PER_HOP = 12;

  private final IndexSession session;
  private final TaskExecutor executor;
  private final I18n i18n;
  private final Names names;
  private final Address center;
  private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
  private final ObservableList<GraphNode> nodes = FXCollections.observableArrayList();
  private final ObservableList<GraphEdge> edges = FXCollections.observableArrayList();
  private final StringProperty status = new SimpleStringProperty("");
  private final IntegerProperty version = new SimpleIntegerProperty();

  /**
   * A node: an address, its label (null if none is known), its hop distance, its column in the
   * layout (see {@link GraphLayout}), the node it was found from (null for the centre) and whether
   * it was expanded.
   */
  public record GraphNode(
      Address address, String label, int hop, int column, Address parent, boolean expanded) {}

  /**
   * Money moved between two nodes in one asset ({@code asset} and {@code info} null for the native
   * coin; {@code info} the token's symbol and decimals as the index read them).
   */
  public record GraphEdge(
      Address from,
      Address to,
      Address asset,
      QueryRecords.TokenInfo info,
      BigInteger total,
      long count) {}

  public GraphViewModel(
      IndexSession session, TaskExecutor executor, I18n i18n, Names names, Address center) {
    this.session = session;
    this.executor = executor;
    this.i18n = i18n;
    this.names = names;
    this.center = center;
  }

  /** Starts over from the center with the date range. */
  public void reset() {
    nodes.setAll(new GraphNode(center, label(center), 0, 0, null, false));
    edges.clear();
    changed();
    expand(center);
  }

  private void changed() {
    version.set(version.get() + 1);
  }

  /** Adds the neighbours of {@code address} (once). */
  public void expand(Address address) {
    GraphNode node = find(address);
    if (node == null || node.expanded()) {
      return;
    }
    if (from.get() != null && to.get() != null && from.get().isAfter(to.get())) {
      status.set(i18n.get("explorer.filter.badDates"));
      return;
    }
    LocalDate f = from.get();
    LocalDate t = to.get();
    executor.execute(
        BackgroundTask.of(
                ctx -> {
                  long[] ids = idRange(f, t);
                  return Neighbours.of(address, FlowGraph.flows(session, address, ids[0], ids[1]));
                })
            .onSuccess(found -> add(node, found))
            .onFailure(e -> status.set(String.valueOf(e.getMessage()))));
  }

  private long[] idRange(LocalDate f, LocalDate t) {
    Checkpoint cp = session.explorer().checkpoint().orElse(null);
    long lo = 0;
    long hi = cp == null ? 0 : cp.nextBlock() << 20;
    if (f != null) {
      Long b =
          blockAt(
              "SELECT min(number) FROM blocks WHERE timestamp >= ?",
              f.atStartOfDay(ZoneOffset.UTC).toEpochSecond());
      lo = b == null ? Long.MAX_VALUE : b << 20;
    }
    if (t != null) {
      Long b =
          blockAt(
              "SELECT max(number) FROM blocks WHERE timestamp < ?",
              t.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond());
      hi = b == null ? 0 : Math.min(hi, (b + 1) << 20);
    }
    return new long[] {lo, hi};
  }

  private Long blockAt(String sql, long time) {
    return session.read(
        c -> {
          try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, time);
            try (ResultSet r = st.executeQuery()) {
              long v = r.next() ? r.getLong(1) : 0;
              return r.wasNull() ? null : v;
            }
          }
        });
  }

  private void add(GraphNode node, Neighbours found) {
    Set<Address> known = new HashSet<>();
    nodes.forEach(n -> known.add(n.address()));
    List<Neighbours.Neighbour> fresh = new ArrayList<>();
    for (Neighbours.Neighbour n : found.ranked()) {
      if (fresh.size() >= PER_HOP) {
        break;
      }
      if (!known.contains(n.address()) && nodes.size() + fresh.size() < MAX_NODES) {
        fresh.add(n);
      }
    }
    List<GraphNode> all = new ArrayList<>(nodes);
    all.set(
        all.indexOf(node),
        new GraphNode(
            node.address(), node.label(), node.hop(), node.column(), node.parent(), true));
    for (Neighbours.Neighbour n : fresh) {
      int column = GraphLayout.column(node.column(), n.in(), n.out());
      Address a = n.address();
      all.add(new GraphNode(a, label(a), node.hop() + 1, column, node.address(), false));
      known.add(a);
    }
    Set<List<Address>> drawn = new HashSet<>();
    edges.forEach(e -> drawn.add(Arrays.asList(e.from(), e.to(), e.asset())));
    List<GraphEdge> added = new ArrayList<>();
    for (FlowGraph.Flow f : found.flows()) {
      if (known.contains(f.from())
          && known.contains(f.to())
          && drawn.add(Arrays.asList(f.from(), f.to(), f.asset()))) {
        added.add(new GraphEdge(f.from(), f.to(), f.asset(), f.info(), f.total(), f.count()));
      }
    }
    nodes.setAll(all);
    edges.addAll(added);
    long left = found.ranked().stream().filter(n -> !known.contains(n.address())).count();
    status.set(i18n.format("explorer.graph.status", nodes.size(), edges.size(), left));
    changed();
  }

  private GraphNode find(Address a) {
    return nodes.stream().filter(n -> n.address().equals(a)).findFirst().orElse(null);
  }

  private String label(Address a) {
    return names.label(session.network().chainId(), a).orElse(null);
  }

  /** The native coin's symbol and decimals, for the edges' sums. */
  public String currency() {
    return session.network().currencySymbol();
  }

  public int decimals() {
    return session.network().decimals();
  }

  public ObjectProperty<LocalDate> fromProperty() {
    return from;
  }

  public ObjectProperty<LocalDate> toProperty() {
    return to;
  }

  public ObservableList<GraphNode> nodes() {
    return nodes;
  }

  public ObservableList<GraphEdge> edges() {
    return edges;
  }

  /**
   * Counts the graph's changes: one per reset or expansion, after both {@link #nodes()} and {@link
   * #edges()} took it, so a view redraws once per change rather than once per list.
   */
  public ReadOnlyIntegerProperty versionProperty() {
    return version;
  }

  public StringProperty statusProperty() {
    return status;
  }
}
