package io.abacus.app.explorer.charts;

import static io.abacus.app.explorer.ExplorerUi.bound;
import static io.abacus.app.explorer.ExplorerUi.csvButton;

import io.abacus.app.explorer.Formats;
import io.abacus.app.i18n.I18n;
import io.abacus.explorer.query.QueryRecords;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/** Three daily charts: transactions, value moved, fees; one bar per calendar day. */
public final class ChartsView {
  private final VBox root;

  public ChartsView(ChartsViewModel model, I18n i18n, int decimals) {
    String coin = " " + model.currency();
    DailyChart txs =
        chart(
            model,
            "explorer-chart-txs",
            i18n.get("explorer.charts.txs"),
            d -> d.transactions(),
            d -> Long.toString(d.transactions()));
    DailyChart value =
        chart(
            model,
            "explorer-chart-value",
            i18n.get("explorer.charts.value"),
            d -> units(d.value(), decimals),
            d -> Formats.units(d.value(), decimals) + coin);
    DailyChart fees =
        chart(
            model,
            "explorer-chart-fees",
            i18n.get("explorer.charts.fees"),
            d -> units(d.fees(), decimals),
            d -> Formats.units(d.fees(), decimals) + coin);
    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(8);
    grid.add(txs.root(), 0, 0, 2, 1);
    grid.add(value.root(), 0, 1);
    grid.add(fees.root(), 1, 1);
    ColumnConstraints half = new ColumnConstraints();
    half.setPercentWidth(50);
    grid.getColumnConstraints().setAll(half, half);
    RowConstraints row = new RowConstraints();
    row.setVgrow(Priority.ALWAYS);
    row.setPercentHeight(50);
    grid.getRowConstraints().setAll(row, row);
    HBox bar =
        new HBox(
            8,
            bound("explorer-charts-status", model.statusProperty()),
            csvButton("explorer-charts-csv", i18n, "daily.csv", model::exportCsv),
            bound("explorer-charts-export", model.exportStatusProperty()));
    bar.setAlignment(Pos.CENTER_LEFT);
    root = new VBox(8, bar, grid);
    VBox.setVgrow(grid, Priority.ALWAYS);
    model.load();
  }

  /** Display only: base units to whole units as a double for the bar's height. */
  private static double units(BigInteger wei, int decimals) {
    return new BigDecimal(wei).movePointLeft(decimals).doubleValue();
  }

  private static DailyChart chart(
      ChartsViewModel model,
      String id,
      String title,
      ToDoubleFunction<QueryRecords.Daily> height,
      Function<QueryRecords.Daily, String> text) {
    DailyChart chart = new DailyChart(id, title);
    Runnable fill =
        () -> {
          List<QueryRecords.Daily> days = List.copyOf(model.bars());
          if (days.isEmpty()) {
            chart.show(null, new double[0], i -> "");
            return;
          }
          double[] values = days.stream().mapToDouble(height).toArray();
          chart.show(days.get(0).day(), values, i -> text.apply(days.get(i)));
        };
    model.bars().addListener((ListChangeListener<QueryRecords.Daily>) c -> fill.run());
    fill.run();
    return chart;
  }

  public Node root() {
    return root;
  }
}
