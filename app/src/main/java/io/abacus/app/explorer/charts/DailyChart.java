package io.abacus.app.explorer.charts;

import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * A daily bar chart drawn on a canvas: one bar per day (a day without activity is an empty slot),
 * day labels thinned by {@link DayAxis} so they never touch, a value axis from zero, and the day
 * and value of the bar under the mouse. A canvas draws 1,100 bars at once where a {@code BarChart}
 * makes a node per bar and a label per category.
 */
final class DailyChart {
  /** Bars never get wider than this, so a week does not look like a wall. */
  static final double MAX_BAR = 36;

  private static final Font FONT = Font.font(11);
  private static final double TOP = 18;
  private static final double BOTTOM = 20;
  private static final double RIGHT = 8;

  private final VBox root;
  private final Canvas canvas = new Canvas();
  private final Tooltip tip = new Tooltip();
  private final Region accent = swatch("-color-accent-emphasis");
  private final Region ink = swatch("-color-fg-muted");
  private final Region rule = swatch("-color-border-default");
  private LocalDate first;
  private double[] values = new double[0];
  private IntFunction<String> describe = i -> "";
  private int hover = -1;

  DailyChart(String id, String title) {
    Label heading = new Label(title);
    heading.getStyleClass().add("text-bold");
    Pane plot =
        new Pane(canvas, accent, ink, rule) {
          @Override
          protected void layoutChildren() {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
          }
        };
    canvas.setManaged(false);
    plot.setId(id);
    plot.setMinSize(200, 120);
    plot.setPrefSize(400, 200);
    tip.setShowDelay(Duration.millis(150));
    canvas.setOnMouseMoved(e -> hover(index(e.getX())));
    canvas.setOnMouseExited(e -> hover(-1));
    accent.backgroundProperty().addListener((o, a, b) -> draw());
    root = new VBox(4, heading, plot);
    VBox.setVgrow(plot, Priority.ALWAYS);
  }

  private static Region swatch(String color) {
    Region r = new Region();
    r.setStyle("-fx-background-color: " + color + ";");
    r.setManaged(false);
    r.setVisible(false);
    return r;
  }

  /** Shows one bar per value, the first for {@code first}; {@code describe} says a bar's value. */
  void show(LocalDate first, double[] values, IntFunction<String> describe) {
    this.first = first;
    this.values = values.clone();
    this.describe = describe;
    hover = -1;
    draw();
  }

  Node root() {
    return root;
  }

  private double left() {
    double widest = 0;
    for (String s : axis().labels()) {
      widest = Math.max(widest, width(s));
    }
    return widest + 10;
  }

  private ValueAxis axis() {
    double max = 0;
    for (double v : values) {
      max = Math.max(max, v);
    }
    return ValueAxis.of(max);
  }

  private int index(double x) {
    double left = left();
    double plotWidth = canvas.getWidth() - left - RIGHT;
    if (values.length == 0 || x < left || x >= left + plotWidth) {
      return -1;
    }
    return Math.min(values.length - 1, (int) ((x - left) / (plotWidth / values.length)));
  }

  private void hover(int i) {
    if (i == hover) {
      return;
    }
    boolean was = hover >= 0;
    hover = i;
    if (i < 0) {
      Tooltip.uninstall(canvas, tip);
    } else {
      tip.setText(readout(i));
      if (!was) {
        Tooltip.install(canvas, tip);
      }
    }
    draw();
  }

  private void draw() {
    GraphicsContext g = canvas.getGraphicsContext2D();
    double w = canvas.getWidth();
    double h = canvas.getHeight();
    g.clearRect(0, 0, w, h);
    if (values.length == 0 || w < 50 || h < 50) {
      return;
    }
    ValueAxis axis = axis();
    double left = left();
    double plotWidth = w - left - RIGHT;
    double plotHeight = h - TOP - BOTTOM;
    double base = TOP + plotHeight;
    g.setFont(FONT);
    g.setTextBaseline(VPos.CENTER);
    g.setLineWidth(1);
    for (int i = 0; i < axis.ticks().size(); i++) {
      double y = Math.round(base - axis.ticks().get(i) / axis.top() * plotHeight) + 0.5;
      g.setStroke(paint(rule, Color.LIGHTGRAY));
      g.strokeLine(left, y, left + plotWidth, y);
      g.setFill(paint(ink, Color.GRAY));
      g.setTextAlign(TextAlignment.RIGHT);
      g.fillText(axis.labels().get(i), left - 6, y);
    }
    double slot = plotWidth / values.length;
    double bar = barWidth(slot);
    for (int i = 0; i < values.length; i++) {
      if (values[i] <= 0) {
        continue;
      }
      double height = Math.max(1, values[i] / axis.top() * plotHeight);
      g.setFill(i == hover ? paint(ink, Color.GRAY) : paint(accent, Color.STEELBLUE));
      g.fillRect(left + i * slot + (slot - bar) / 2, base - height, bar, height);
    }
    g.setFill(paint(ink, Color.GRAY));
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.TOP);
    List<DayAxis.Tick> ticks = DayAxis.ticks(first, values.length, plotWidth, DailyChart::width);
    for (DayAxis.Tick t : ticks) {
      double x = left + (t.index() + 0.5) * slot;
      g.strokeLine(x, base, x, base + 3);
      g.fillText(t.label(), left + t.center(), base + 4);
    }
    if (hover >= 0) {
      g.setTextAlign(TextAlignment.RIGHT);
      g.fillText(readout(hover), left + plotWidth, 1);
    }
  }

  /** What the chart says of the bar under the mouse; empty when there is none. */
  String hoverText() {
    return hover < 0 ? "" : readout(hover);
  }

  /** What the chart says of bar {@code i} under the mouse: {@code 2026-11-27: 1.5 ETH}. */
  String readout(int i) {
    return first.plusDays(i) + ": " + describe.apply(i);
  }

  /**
   * A bar's width in a slot of {@code slot} pixels: 80% of it up to {@link #MAX_BAR}; below three
   * pixels the whole slot (at least one pixel) so years of days still show as solid bars.
   */
  static double barWidth(double slot) {
    return slot < 3 ? Math.max(slot, 1) : Math.min(slot * 0.8, MAX_BAR);
  }

  private static Paint paint(Region swatch, Paint fallback) {
    Background b = swatch.getBackground();
    return b == null || b.getFills().isEmpty() ? fallback : b.getFills().get(0).getFill();
  }

  /** The width {@code s} takes in the chart's font. */
  static double width(String s) {
    Text t = new Text(s);
    t.setFont(FONT);
    return t.getLayoutBounds().getWidth();
  }
}
