package io.abacus.app.explorer.graph;

import io.abacus.app.explorer.Formats;
import io.abacus.wallet.address.Address;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Lays the fund-flow graph out in columns, left to right: the centre address in column 0, those who
 * sent it money to the left, those it paid to the right, each further hop one column further out. A
 * column is as wide as its longest label, and rows are a label's height apart, so no label covers
 * another label or a node. Sizes are in pixels.
 */
final class GraphLayout {
  static final double ROW = 26;
  static final double RADIUS = 12;
  static final double LABEL_GAP = 6;
  static final double LABEL_HEIGHT = 16;
  static final double COLUMN_GAP = 48;
  static final double MARGIN = 16;

  /** Longer labels are cut with an ellipsis; the whole name stays in the node's tooltip. */
  static final int MAX_LABEL = 22;

  private GraphLayout() {}

  /** A rectangle. */
  record Box(double x, double y, double width, double height) {
    boolean intersects(Box o) {
      return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
    }
  }

  /**
   * A node's centre and its label's box; {@code edge} is the outer end of the longest label of its
   * column (right of the labels right of the centre, left of those left of it).
   */
  record Placed(
      GraphViewModel.GraphNode node, String text, double x, double y, Box label, double edge) {}

  /** The placed nodes and the size they need. */
  record Result(List<Placed> nodes, double width, double height) {
    Placed at(Address a) {
      return nodes.stream().filter(p -> p.node().address().equals(a)).findFirst().orElse(null);
    }
  }

  /**
   * The column of a new neighbour: beside the centre by which way the money mostly went, further
   * out beside any other node.
   *
   * @param intoParent transfers from the neighbour to the node it was found from
   * @param outOfParent transfers from that node to the neighbour
   */
  static int column(int parentColumn, long intoParent, long outOfParent) {
    if (parentColumn != 0) {
      return parentColumn + Integer.signum(parentColumn);
    }
    return intoParent > outOfParent ? -1 : 1;
  }

  /**
   * What a node is called on the graph: its name (cut to {@value #MAX_LABEL}), else its address.
   */
  static String text(GraphViewModel.GraphNode n) {
    String label = n.label();
    if (label == null || label.isBlank()) {
      return Formats.shortHex(n.address().toString());
    }
    return label.codePointCount(0, label.length()) <= MAX_LABEL
        ? label
        : label.substring(0, label.offsetByCodePoints(0, MAX_LABEL - 1)) + "…";
  }

  /** Places {@code nodes}; {@code labelWidth} is the width a label takes when drawn. */
  static Result layout(List<GraphViewModel.GraphNode> nodes, ToDoubleFunction<String> labelWidth) {
    Map<Address, Integer> order = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      order.put(nodes.get(i).address(), i);
    }
    TreeMap<Integer, List<GraphViewModel.GraphNode>> columns = new TreeMap<>();
    for (GraphViewModel.GraphNode n : nodes) {
      columns.computeIfAbsent(n.column(), c -> new ArrayList<>()).add(n);
    }
    // Inner columns first, so a node's parent already has its row: children follow their parents.
    Map<Address, Integer> row = new HashMap<>();
    List<Integer> inside =
        columns.keySet().stream().sorted(Comparator.comparingInt(Math::abs)).toList();
    for (int c : inside) {
      List<GraphViewModel.GraphNode> members = columns.get(c);
      members.sort(
          Comparator.comparingInt(
                  (GraphViewModel.GraphNode n) ->
                      n.parent() == null ? -1 : row.getOrDefault(n.parent(), -1))
              .thenComparingInt(n -> order.get(n.address())));
      for (int i = 0; i < members.size(); i++) {
        row.put(members.get(i).address(), i);
      }
    }
    int tallest = columns.values().stream().mapToInt(List::size).max().orElse(0);
    // room below the middle for the centre's label
    double height = tallest * ROW + 2 * MARGIN + RADIUS + LABEL_HEIGHT;
    List<Placed> placed = new ArrayList<>();
    double right = MARGIN - COLUMN_GAP;
    for (Map.Entry<Integer, List<GraphViewModel.GraphNode>> column : columns.entrySet()) {
      int side = Integer.signum(column.getKey());
      List<GraphViewModel.GraphNode> members = column.getValue();
      List<String> texts = members.stream().map(GraphLayout::text).toList();
      double widest = texts.stream().mapToDouble(labelWidth).max().orElse(0);
      // Labels face away from the centre, so the edges towards it do not cross them.
      double leftOf =
          side < 0
              ? RADIUS + LABEL_GAP + widest
              : side == 0 ? Math.max(RADIUS, widest / 2) : RADIUS;
      double rightOf =
          side > 0
              ? RADIUS + LABEL_GAP + widest
              : side == 0 ? Math.max(RADIUS, widest / 2) : RADIUS;
      double x = right + COLUMN_GAP + leftOf;
      double top = MARGIN + (tallest - members.size()) * ROW / 2;
      for (int i = 0; i < members.size(); i++) {
        double w = labelWidth.applyAsDouble(texts.get(i));
        double y = top + i * ROW + ROW / 2;
        Box box =
            side > 0
                ? new Box(x + RADIUS + LABEL_GAP, y - LABEL_HEIGHT / 2, w, LABEL_HEIGHT)
                : side < 0
                    ? new Box(x - RADIUS - LABEL_GAP - w, y - LABEL_HEIGHT / 2, w, LABEL_HEIGHT)
                    : new Box(x - w / 2, y + RADIUS + 2, w, LABEL_HEIGHT);
        double edge = x + side * (RADIUS + LABEL_GAP + widest);
        placed.add(new Placed(members.get(i), texts.get(i), x, y, box, edge));
      }
      right = x + rightOf;
    }
    return new Result(List.copyOf(placed), right + MARGIN, height);
  }
}
