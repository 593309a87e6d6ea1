package io.abacus.app.explorer.charts;

import static io.abacus.app.explorer.ExplorerUi.bound;
import static io.abacus.app.explorer.ExplorerUi.csvButton;

import io.abacus.app.i18n.I18n;
import io.abacus.explorer.query.QueryRecords;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Three daily charts: transactions, value moved, fees. */
public final class ChartsView {
  private final VBox root;

  public ChartsView(ChartsViewModel model, I18n i18n, int decimals) {
    BarChart<String, Number> txs =
        chart("explorer-chart-txs", i18n.get("explorer.charts.txs"), model, d -> d.transactions());
    BarChart<String, Number> value =
        chart(
            "explorer-chart-value",
            i18n.get("explorer.charts.value"),
            model,
            d -> units(d.value(), decimals));
    BarChart<String, Number> fees =
        chart(
            "explorer-chart-fees",
            i18n.get("explorer.charts.fees"),
            model,
            d -> units(d.fees(), decimals));
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.add(txs, 0, 0, 2, 1);
    grid.add(value, 0, 1);
    grid.add(fees, 1, 1);
    javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
    half.setPercentWidth(50);
    grid.getColumnConstraints().setAll(half, half);
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

  /** Display only: base units to whole units as a double for the chart's axis. */
  private static double units(BigInteger wei, int decimals) {
    return new BigDecimal(wei).movePointLeft(decimals).doubleValue();
  }

  private static BarChart<String, Number> chart(
      String id, String title, ChartsViewModel model, Function<QueryRecords.Daily, Number> y) {
    CategoryAxis x = new CategoryAxis();
    NumberAxis axis = new NumberAxis();
    BarChart<String, Number> chart = new BarChart<>(x, axis);
    chart.setId(id);
    chart.setTitle(title);
    chart.setLegendVisible(false);
    chart.setAnimated(false);
    chart.setPrefHeight(250);
    Runnable fill =
        () -> {
          XYChart.Series<String, Number> s = new XYChart.Series<>();
          for (QueryRecords.Daily d : model.days()) {
            s.getData().add(new XYChart.Data<>(d.day().toString(), y.apply(d)));
          }
          chart.getData().setAll(List.of(s));
        };
    model
        .days()
        .addListener((javafx.collections.ListChangeListener<QueryRecords.Daily>) c -> fill.run());
    return chart;
  }

  public Node root() {
    return root;
  }
}
