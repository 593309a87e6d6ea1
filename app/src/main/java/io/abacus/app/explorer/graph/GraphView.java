package io.abacus.app.explorer.graph;

import static io.abacus.app.explorer.ExplorerUi.bound;

import io.abacus.app.explorer.Formats;
import io.abacus.app.explorer.Place;
import io.abacus.app.i18n.I18n;
import io.abacus.wallet.address.Address;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

/**
 * Draws the fund-flow graph with shapes in a pane (radial layout from the model). A click expands a
 * node by one hop; a double click opens the address.
 */
public final class GraphView {
  private final VBox root;
  private final Pane canvas = new Pane();
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
    Button apply = new Button(i18n.get("explorer.filter.apply"));
    apply.setId("explorer-graph-apply");
    apply.setOnAction(e -> model.reset());
    apply.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "Apply", not "..." at 1024
    Label hint = new Label(i18n.get("explorer.graph.hint"));
    hint.getStyleClass().add("text-muted");
    HBox bar = new HBox(8, from, to, apply, bound("explorer-graph-status", model.statusProperty()));
    bar.setAlignment(Pos.CENTER_LEFT);
    canvas.setId("explorer-graph-canvas");
    canvas.setMinSize(300, 300);
    canvas.setStyle("-fx-background-color: -color-bg-subtle; -fx-background-radius: 6;");
    root = new VBox(8, bar, hint, canvas);
    VBox.setVgrow(canvas, Priority.ALWAYS);
    model.nodes().addListener((ListChangeListener<GraphViewModel.GraphNode>) c -> draw());
    model.edges().addListener((ListChangeListener<GraphViewModel.GraphEdge>) c -> draw());
    canvas.widthProperty().addListener((o, a, b) -> draw());
    canvas.heightProperty().addListener((o, a, b) -> draw());
    model.reset();
  }

  private void draw() {
    canvas.getChildren().clear();
    double w = Math.max(canvas.getWidth(), 300);
    double h = Math.max(canvas.getHeight(), 300);
    double extent = 0.2;
    for (GraphViewModel.GraphNode n : model.nodes()) {
      extent = Math.max(extent, Math.max(Math.abs(n.x()), Math.abs(n.y())));
    }
    double scale = (Math.min(w, h) / 2 - 60) / extent;
    Map<Address, double[]> at = new HashMap<>();
    for (GraphViewModel.GraphNode n : model.nodes()) {
      at.put(n.address(), new double[] {w / 2 + n.x() * scale, h / 2 + n.y() * scale});
    }
    Map<String, StringBuilder> tips = new HashMap<>();
    for (GraphViewModel.GraphEdge e : model.edges()) {
      double[] a = at.get(e.from());
      double[] b = at.get(e.to());
      if (a == null || b == null) {
        continue;
      }
      String key = e.from() + ">" + e.to();
      StringBuilder tip = tips.get(key);
      if (tip == null) {
        tip =
            new StringBuilder(
                Formats.shortHex(e.from().toString())
                    + " → "
                    + Formats.shortHex(e.to().toString()));
        tips.put(key, tip);
        Line line = new Line(a[0], a[1], b[0], b[1]);
        line.setStrokeWidth(1.5);
        line.setStyle("-fx-stroke: -color-accent-emphasis; -fx-opacity: 0.6;");
        Tooltip.install(line, new Tooltip());
        line.setUserData(tip);
        line.setOnMouseEntered(
            ev -> Tooltip.install(line, new Tooltip(line.getUserData().toString())));
        canvas.getChildren().add(line);
        arrow(a, b);
      }
      tip.append('\n')
          .append(e.asset() == null ? i18n.get("explorer.graph.native") : e.asset().toString())
          .append(": ")
          .append(e.asset() == null ? Formats.units(e.total(), decimals) : e.total().toString())
          .append(" (")
          .append(e.count())
          .append(')');
    }
    int i = 0;
    for (GraphViewModel.GraphNode n : model.nodes()) {
      double[] p = at.get(n.address());
      Circle c = new Circle(p[0], p[1], n.hop() == 0 ? 12 : 8);
      c.setId("explorer-graph-node-" + i++);
      c.setStyle(
          n.hop() == 0
              ? "-fx-fill: -color-accent-emphasis;"
              : n.expanded() ? "-fx-fill: -color-success-emphasis;" : "-fx-fill: -color-fg-muted;");
      Tooltip.install(c, new Tooltip(n.address().toString()));
      c.setOnMouseClicked(
          ev -> {
            if (ev.getClickCount() >= 2) {
              go.accept(new Place.AddressPage(n.address()));
            } else {
              model.expand(n.address());
            }
          });
      c.setUserData(n.address());
      Label label =
          new Label(n.label() != null ? n.label() : Formats.shortHex(n.address().toString()));
      label.getStyleClass().add("text-small");
      label.setLayoutX(p[0] + 10);
      label.setLayoutY(p[1] - 8);
      label.setMouseTransparent(true);
      canvas.getChildren().addAll(c, label);
    }
  }

  private void arrow(double[] a, double[] b) {
    double dx = b[0] - a[0];
    double dy = b[1] - a[1];
    double len = Math.hypot(dx, dy);
    if (len < 1) {
      return;
    }
    double ux = dx / len;
    double uy = dy / len;
    double tipX = b[0] - ux * 10;
    double tipY = b[1] - uy * 10;
    for (int s = -1; s <= 1; s += 2) {
      Line l = new Line(tipX, tipY, tipX - ux * 8 + s * uy * 4, tipY - uy * 8 - s * ux * 4);
      l.setStyle("-fx-stroke: -color-accent-emphasis;");
      canvas.getChildren().add(l);
    }
  }

  public Node root() {
    return root;
  }
}
