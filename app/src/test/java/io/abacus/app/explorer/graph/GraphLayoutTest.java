package io.abacus.app.explorer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.explorer.query.QueryRecords;
import io.abacus.wallet.address.Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Columns by hop and direction keep every label clear of the others and of the nodes. */
class GraphLayoutTest {
  /** A label's width by a count rule: 7 pixels a character, 13 for a Chinese one. */
  private static final ToDoubleFunction<String> WIDTH =
      s -> s.codePoints().mapToDouble(c -> Character.isIdeographic(c) ? 13 : 7).sum();

  private static final String[] NAMES = {
    null, "Bakery", "Acme Supplies International Trading Company Ltd", "面包店", null, "Payroll"
  };

  private static Address address(int i) {
    byte[] b = new byte[20];
    b[18] = (byte) (i >> 8);
    b[19] = (byte) i;
    b[0] = (byte) 0xab;
    return Address.of(b);
  }

  private static GraphViewModel.GraphNode node(int i, int hop, int column, Address parent) {
    return new GraphViewModel.GraphNode(
        address(i), NAMES[i % NAMES.length], hop, column, parent, false);
  }

  @Test
  void aStarOfThirtyNeighboursHasNoOverlappingLabels() {
    List<GraphViewModel.GraphNode> nodes = new ArrayList<>();
    nodes.add(node(0, 0, 0, null));
    for (int i = 1; i <= 30; i++) {
      // a third sent to the centre (left), the others were paid by it (right)
      int column = GraphLayout.column(0, i % 3 == 0 ? 2 : 0, i % 3 == 0 ? 1 : 1);
      nodes.add(node(i, 1, column, address(0)));
    }
    GraphLayout.Result layout = GraphLayout.layout(nodes, WIDTH);
    assertClear(layout);
    assertThat(layout.nodes()).filteredOn(p -> p.node().column() == -1).hasSize(10);
    assertThat(layout.at(address(0)).x()).isLessThan(layout.at(address(1)).x());
    assertThat(layout.at(address(3)).x()).isLessThan(layout.at(address(0)).x());
  }

  @Test
  void threeHopsOfExpansionHaveNoOverlappingLabels() {
    List<GraphViewModel.GraphNode> nodes = new ArrayList<>();
    nodes.add(node(0, 0, 0, null));
    int next = 1;
    List<GraphViewModel.GraphNode> hop1 = new ArrayList<>();
    for (int i = 0; i < 12; i++, next++) {
      hop1.add(node(next, 1, GraphLayout.column(0, i % 2, 1 - i % 2), address(0)));
    }
    nodes.addAll(hop1);
    List<GraphViewModel.GraphNode> hop2 = new ArrayList<>();
    for (GraphViewModel.GraphNode parent : List.of(hop1.get(0), hop1.get(1), hop1.get(4))) {
      for (int i = 0; i < 8; i++, next++) {
        hop2.add(node(next, 2, GraphLayout.column(parent.column(), 1, 0), parent.address()));
      }
    }
    nodes.addAll(hop2);
    for (GraphViewModel.GraphNode parent : List.of(hop2.get(3), hop2.get(12))) {
      for (int i = 0; i < 5; i++, next++) {
        nodes.add(node(next, 3, GraphLayout.column(parent.column(), 0, 1), parent.address()));
      }
    }
    GraphLayout.Result layout = GraphLayout.layout(nodes, WIDTH);
    assertThat(layout.nodes()).hasSize(1 + 12 + 24 + 10);
    assertThat(layout.nodes())
        .extracting(p -> p.node().column())
        .containsOnly(-3, -2, -1, 0, 1, 2, 3);
    assertClear(layout);
    // children sit next to each other, in their parents' order
    GraphLayout.Placed firstChild = layout.at(hop2.get(0).address());
    GraphLayout.Placed lastChild = layout.at(hop2.get(7).address());
    assertThat(lastChild.y() - firstChild.y()).isEqualTo(7 * GraphLayout.ROW);
  }

  @Test
  void aLongNameIsCutAndANamelessNodeShowsItsShortAddress() {
    assertThat(GraphLayout.text(node(2, 1, 1, null))).hasSize(GraphLayout.MAX_LABEL).endsWith("…");
    assertThat(GraphLayout.text(node(0, 1, 1, null))).isEqualTo("0xab0000…000000");
  }

  @Test
  void anEdgeSumsEachAssetInItsUnitsWithItsSymbol() {
    Address a = address(1);
    Address b = address(2);
    Address tusd = address(3);
    Address mystery = address(4);
    List<GraphViewModel.GraphEdge> edges =
        List.of(
            new GraphViewModel.GraphEdge(
                a,
                b,
                tusd,
                new QueryRecords.TokenInfo(tusd, "Test USD", "TUSD", 6),
                BigInteger.valueOf(250_000_000),
                2),
            new GraphViewModel.GraphEdge(
                a, b, mystery, QueryRecords.TokenInfo.unknown(mystery), BigInteger.valueOf(42), 1),
            new GraphViewModel.GraphEdge(
                a, b, null, null, new BigInteger("1500000000000000000"), 3));
    assertThat(FlowText.sums(edges, "ETH", 18)).isEqualTo("1.5 ETH, 250 TUSD, 42 units");
    assertThat(FlowText.sums(edges.subList(0, 1), "ETH", 18)).isEqualTo("250 TUSD");
  }

  /** No label box meets another label box or a node other than its own. */
  private static void assertClear(GraphLayout.Result layout) {
    List<GraphLayout.Placed> all = layout.nodes();
    for (int i = 0; i < all.size(); i++) {
      GraphLayout.Placed p = all.get(i);
      assertThat(p.label().x() + p.label().width()).isLessThanOrEqualTo(layout.width());
      assertThat(p.label().y() + p.label().height()).isLessThanOrEqualTo(layout.height());
      for (int j = 0; j < all.size(); j++) {
        GraphLayout.Placed q = all.get(j);
        if (i == j) {
          continue;
        }
        assertThat(p.label().intersects(q.label()))
            .as("label %s meets label %s", p.text(), q.text())
            .isFalse();
        GraphLayout.Box circle =
            new GraphLayout.Box(
                q.x() - GraphLayout.RADIUS,
                q.y() - GraphLayout.RADIUS,
                2 * GraphLayout.RADIUS,
                2 * GraphLayout.RADIUS);
        assertThat(p.label().intersects(circle))
            .as("label %s covers node %s", p.text(), q.text())
            .isFalse();
      }
    }
  }
}
