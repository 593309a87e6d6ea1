package io.abacus.app.explorer.graph;

import static io.abacus.app.explorer.ExplorerUi.bound;

import io.abacus.app.explorer.Place;
import io.abacus.app.i18n.I18n;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.QuadCurve;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Draws the fund-flow graph with shapes in a scrolling pane, laid out in columns by {@link
 * GraphLayout}. A click expands a node by one hop; a double click opens the address; an edge's
 * tooltip sums what moved along it per asset.
 */
public final class GraphView {
  private final VBox root;
  private static final Font FONT = Font.font(12);
  private final Pane canvas = new Pane();
  private final ScrollPane scroll = new ScrollPane();
  private final GraphViewModel model;
  private final I18n i18n;
  private final Consumer<Place> go;
  private final int decimals;

  public GraphView(GraphViewModel model, I18n i18n, Consumer<Place> go, int decimals) {
    this.decimals = decimals;
    this.model = model;
    this.i18n = i18n;
    this.go = go;
    DatePicker from = new DatePicker();
    from.setId("explorer-graph-from");
    from.setPromptText(i18n.get("explorer.filter.from"));
    from.valueProperty().bindBidirectional(model.fromProperty());
    DatePicker to = new DatePicker();
    to.setId("explorer-graph-to");
    to.setPromptText(i18n.get("explorer.filter.to"));
    to.valueProperty().bindBidirectional(model.toProperty());
    from.setPrefWidth(150);
    to.setPrefWidth(150);
    Button apply = new Button(i18n.get("explorer.filter.apply"));
    apply.setId("explorer-graph-apply");
    apply.setMinWidth(Region.USE_PREF_SIZE);
    apply.setOnAction(e -> model.reset());
    apply.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "Apply", not "..." at 1024
    Label hint = new Label(i18n.get("explorer.graph.hint"));
    hint.getStyleClass().add("text-muted");
    HBox bar = new HBox(8, from, to, apply, bound("explorer-graph-status", model.statusProperty()));
    bar.setAlignment(Pos.CENTER_LEFT);
    canvas.setId("explorer-graph-canvas");
    // The graph keeps its own size, centred in the free space, scrolled when larger: sized by
    // the viewport it would make scroll bars come and go and redraw without end.
    StackPane area = new StackPane(canvas);
    area.setStyle("-fx-background-color: -color-bg-subtle;");
    scroll.setContent(area);
    scroll.setFitToWidth(true);
    scroll.setFitToHeight(true);
    scroll.setMinSize(300, 250);
    scroll.setStyle("-fx-background-radius: 6;");
    root = new VBox(8, bar, hint, scroll);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    model.versionProperty().addListener((o, was, now) -> draw()); // once per change, not per list
    model.reset();
  }

  private void draw() {
    canvas.getChildren().clear();
    GraphLayout.Result layout = GraphLayout.layout(List.copyOf(model.nodes()), GraphView::width);
    canvas.setMinSize(layout.width(), layout.height());
    canvas.setPrefSize(layout.width(), layout.height());
    canvas.setMaxSize(layout.width(), layout.height());
    Map<String, List<GraphViewModel.GraphEdge>> byPair = new LinkedHashMap<>();
    for (GraphViewModel.GraphEdge e : model.edges()) {
      byPair.computeIfAbsent(e.from() + ">" + e.to(), k -> new ArrayList<>()).add(e);
    }
    for (List<GraphViewModel.GraphEdge> pair : byPair.values()) {
      GraphLayout.Placed a = layout.at(pair.get(0).from());
      GraphLayout.Placed b = layout.at(pair.get(0).to());
      if (a != null && b != null) {
        boolean both = byPair.containsKey(pair.get(0).to() + ">" + pair.get(0).from());
        edge(a, b, both, tip(a, b, pair));
      }
    }
    int i = 0;
    for (GraphLayout.Placed p : layout.nodes()) {
      node(p, i++);
    }
  }

  private String tip(
      GraphLayout.Placed a, GraphLayout.Placed b, List<GraphViewModel.GraphEdge> pair) {
    long count = pair.stream().mapToLong(GraphViewModel.GraphEdge::count).sum();
    return a.text()
        + " → "
        + b.text()
        + "\n"
        + FlowText.sums(pair, model.currency(), decimals)
        + "\n"
        + i18n.format("explorer.graph.transfers", count);
  }

  /**
   * A line from {@code a} to {@code b} with an arrow head, a little apart from the way back if any;
   * between two nodes of one column a curve bowed towards the centre, clear of the nodes between
   * them and of the labels.
   */
  private void edge(GraphLayout.Placed a, GraphLayout.Placed b, boolean twoWays, String tip) {
    double x1 = a.x();
    double y1 = a.y();
    double x2 = b.x();
    double y2 = b.y();
    double len = Math.hypot(x2 - x1, y2 - y1);
    if (len < 1) {
      return;
    }
    double shift = twoWays ? 3 : 0;
    double px = -(y2 - y1) / len * shift;
    double py = (x2 - x1) / len * shift;
    double cx = (x1 + x2) / 2 + px;
    double cy = (y1 + y2) / 2 + py;
    if (a.node().column() == b.node().column()) {
      cx -= (a.node().column() < 0 ? -1 : 1) * (24 + Math.abs(y2 - y1) * 0.35);
    } else if (outward(a, b) || outward(b, a)) {
      // leave along the label's own row until past the column's labels
      GraphLayout.Placed inner = outward(a, b) ? a : b;
      cx = inner.edge() + Integer.signum(inner.node().column()) * 24;
      cy = inner.y() + py;
    }
    double[] start =
        outward(a, b) ? port(a, py) : towards(x1 + px, y1 + py, cx, cy, GraphLayout.RADIUS);
    double[] end =
        outward(b, a) ? port(b, py) : towards(x2 + px, y2 + py, cx, cy, GraphLayout.RADIUS + 1);
    QuadCurve line = curve(start, cx, cy, end);
    line.setStrokeWidth(1.5);
    line.setStyle("-fx-stroke: -color-accent-emphasis; -fx-opacity: 0.55;");
    line.setMouseTransparent(true);
    QuadCurve hit = curve(start, cx, cy, end);
    hit.setStrokeWidth(9);
    hit.setStroke(Color.TRANSPARENT);
    hit.getStyleClass().add("explorer-graph-edge");
    hit.setUserData(tip);
    Tooltip t = new Tooltip(tip);
    t.setShowDelay(javafx.util.Duration.millis(150));
    Tooltip.install(hit, t);
    hit.setOnMouseEntered(e -> line.setStyle("-fx-stroke: -color-accent-emphasis;"));
    hit.setOnMouseExited(
        e -> line.setStyle("-fx-stroke: -color-accent-emphasis; -fx-opacity: 0.55;"));
    canvas.getChildren().addAll(line, hit);
    double ux = end[0] - cx;
    double uy = end[1] - cy;
    double ul = Math.max(1e-9, Math.hypot(ux, uy));
    ux /= ul;
    uy /= ul;
    for (int s = -1; s <= 1; s += 2) {
      Line l = new Line(end[0], end[1], end[0] - ux * 8 + s * uy * 4, end[1] - uy * 8 - s * ux * 4);
      l.setStyle("-fx-stroke: -color-accent-emphasis;");
      l.setMouseTransparent(true);
      canvas.getChildren().add(l);
    }
  }

  private static QuadCurve curve(double[] start, double cx, double cy, double[] end) {
    QuadCurve c = new QuadCurve(start[0], start[1], cx, cy, end[0], end[1]);
    c.setFill(null);
    return c;
  }

  /** True if {@code other} is further out than {@code p} on its side, beyond {@code p}'s label. */
  private static boolean outward(GraphLayout.Placed p, GraphLayout.Placed other) {
    int c = p.node().column();
    return c != 0
        && Integer.signum(other.node().column()) == Integer.signum(c)
        && Math.abs(other.node().column()) > Math.abs(c);
  }

  /** Where edges to further columns leave {@code p}: past the outer end of its label. */
  private static double[] port(GraphLayout.Placed p, double shift) {
    GraphLayout.Box b = p.label();
    double x = p.node().column() > 0 ? b.x() + b.width() + 3 : b.x() - 3;
    return new double[] {x, p.y() + shift};
  }

  /** The point {@code by} pixels from {@code (x, y)} towards {@code (tx, ty)}. */
  private static double[] towards(double x, double y, double tx, double ty, double by) {
    double len = Math.max(1e-9, Math.hypot(tx - x, ty - y));
    return new double[] {x + (tx - x) / len * by, y + (ty - y) / len * by};
  }

  private void node(GraphLayout.Placed p, int i) {
    GraphViewModel.GraphNode n = p.node();
    Circle c = new Circle(p.x(), p.y(), n.hop() == 0 ? GraphLayout.RADIUS : 8);
    c.setId("explorer-graph-node-" + i);
    c.setStyle(
        n.hop() == 0
            ? "-fx-fill: -color-accent-emphasis;"
            : n.expanded() ? "-fx-fill: -color-success-emphasis;" : "-fx-fill: -color-fg-muted;");
    Tooltip.install(
        c,
        new Tooltip(n.label() == null ? n.address().toString() : n.label() + "\n" + n.address()));
    c.setOnMouseClicked(
        ev -> {
          if (ev.getClickCount() >= 2) {
            go.accept(new Place.AddressPage(n.address()));
          } else {
            model.expand(n.address());
          }
        });
    c.setUserData(n.address());
    Label label = new Label(p.text());
    label.setStyle("-fx-font-size: " + FONT.getSize() + "px;");
    label.setMinWidth(Region.USE_PREF_SIZE);
    label.setPrefWidth(p.label().width());
    label.setAlignment(
        n.column() < 0 ? Pos.CENTER_RIGHT : n.column() == 0 ? Pos.CENTER : Pos.CENTER_LEFT);
    label.setLayoutX(p.label().x());
    label.setLayoutY(p.label().y());
    label.setMouseTransparent(true);
    canvas.getChildren().addAll(c, label);
  }

  /** A label's width with room to spare for the theme's font. */
  private static double width(String text) {
    Text t = new Text(text);
    t.setFont(FONT);
    return Math.ceil(t.getLayoutBounds().getWidth() * 1.1) + 4;
  }

  public Node root() {
    return root;
  }
}
