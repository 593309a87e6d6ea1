package io.abacus.app.explorer.graph;

import io.abacus.wallet.address.Address;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counterparties of one graph node in its flows, busiest first (most transfers, then by
 * address). Built on a worker thread: a hot address has tens of thousands of flows, and ranking
 * them on the FX thread held the graph back for a second (issue 20).
 */
record Neighbours(List<Neighbour> ranked, List<FlowGraph.Flow> flows) {

  /** A counterparty and how many transfers came from it ({@code in}) and went to it. */
  record Neighbour(Address address, long in, long out) {
    long activity() {
      return in + out;
    }
  }

  static Neighbours of(Address node, List<FlowGraph.Flow> flows) {
    Map<Address, long[]> counts = new LinkedHashMap<>();
    for (FlowGraph.Flow f : flows) {
      boolean out = f.from().equals(node);
      long[] c = counts.computeIfAbsent(out ? f.to() : f.from(), a -> new long[2]);
      c[out ? 1 : 0] += f.count();
    }
    List<Neighbour> ranked = new ArrayList<>(counts.size());
    counts.forEach((a, c) -> ranked.add(new Neighbour(a, c[0], c[1])));
    ranked.sort(
        Comparator.comparingLong((Neighbour n) -> -n.activity()).thenComparing(Neighbour::address));
    return new Neighbours(List.copyOf(ranked), flows);
  }
}
