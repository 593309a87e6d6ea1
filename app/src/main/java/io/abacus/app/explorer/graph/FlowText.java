package io.abacus.app.explorer.graph;

import io.abacus.app.explorer.Formats;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** What an edge of the fund-flow graph says: the sums per asset in units with their symbols. */
final class FlowText {
  private FlowText() {}

  /**
   * {@code 1.5 ETH, 250 TUSD}: the native coin first, then tokens by symbol; a token whose decimals
   * the index does not know in base units ({@code 250000 units}).
   *
   * @param edges the edges between the same two nodes in the same direction
   * @param currency the native coin's symbol
   * @param decimals the native coin's decimals
   */
  static String sums(List<GraphViewModel.GraphEdge> edges, String currency, int decimals) {
    return edges.stream()
        .sorted(
            Comparator.comparing(
                (GraphViewModel.GraphEdge e) ->
                    e.asset() == null
                        ? ""
                        : e.info() != null && e.info().symbol() != null
                            ? "1" + e.info().symbol()
                            : "2" + e.asset()))
        .map(
            e ->
                e.asset() == null
                    ? Formats.units(e.total(), decimals) + " " + currency
                    : Formats.tokenAmount(e.info(), e.total()))
        .collect(Collectors.joining(", "));
  }
}
