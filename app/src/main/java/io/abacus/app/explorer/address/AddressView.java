package io.abacus.app.explorer.address;

import static io.abacus.app.explorer.ExplorerUi.bound;
import static io.abacus.app.explorer.ExplorerUi.links;
import static io.abacus.app.explorer.ExplorerUi.nodes;
import static io.abacus.app.explorer.ExplorerUi.row;
import static io.abacus.app.explorer.ExplorerUi.text;

import io.abacus.app.explorer.ExplorerUi;
import io.abacus.app.explorer.Formats;
import io.abacus.app.explorer.Links;
import io.abacus.app.explorer.Place;
import io.abacus.app.i18n.I18n;
import io.abacus.app.ui.Controls;
import io.abacus.explorer.query.QueryRecords;
import java.io.File;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** One address: balance, label, chart, filtered history, holdings and counterparties. */
public final class AddressView {
  /** Tabs' least height: the filters (one or two rows), five rows of history and the footer. */
  private static final double HISTORY_MIN_HEIGHT = 390;

  private final ScrollPane root;
  private final AddressViewModel model;
  private final I18n i18n;
  private final Links links;

  public AddressView(AddressViewModel model, I18n i18n, Links links, Consumer<Place> go) {
    this.model = model;
    this.i18n = i18n;
    this.links = links;
    Label title = new Label(i18n.get("explorer.address.title"));
    title.getStyleClass().add("title-3");
    Node address =
        links.link(
            model.address().toString(),
            model.address().toString(),
            new Place.AddressPage(model.address()));
    address.setId("explorer-address-value");
    Button graph = new Button(i18n.get("explorer.address.graph"));
    graph.setId("explorer-address-graph");
    graph.setOnAction(e -> go.accept(new Place.Graph(model.address())));
    HBox top = new HBox(8, title, address, graph);
    top.setAlignment(Pos.CENTER_LEFT);
    HBox overview = new HBox(16, details(), chart());
    HBox.setHgrow(overview.getChildren().get(1), Priority.ALWAYS);
    TabPane tabs =
        new TabPane(
            new AddressHistoryTab(model, i18n, links).tab(), holdingsTab(), counterpartiesTab());
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.setId("explorer-address-tabs");
    VBox page =
        new VBox(
            8,
            top,
            ExplorerUi.errorLabel("explorer-address-error", model.errorProperty()),
            overview,
            tabs);
    // The tabs take the free height; in a low window they keep room for a few rows of history
    // and the page scrolls instead of squeezing the table to two rows.
    VBox.setVgrow(tabs, Priority.ALWAYS);
    tabs.setMinHeight(HISTORY_MIN_HEIGHT);
    page.setPadding(new javafx.geometry.Insets(0, 12, 0, 0));
    root = ExplorerUi.scrollingPage(page);
    model.load();
  }

  private GridPane details() {
    GridPane g = Controls.formGrid();
    g.setId("explorer-address-details");
    row(
        g,
        i18n.get("explorer.address.balance"),
        bound("explorer-address-balance", model.balanceProperty()));
    Label seen = new Label();
    seen.setId("explorer-address-seen");
    seen.setWrapText(true); // first and last seen on two lines in a narrow window, never cut
    seen.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    Label count = new Label();
    count.setId("explorer-address-count");
    model
        .summaryProperty()
        .addListener(
            (o, was, s) -> {
              seen.setText(
                  s == null || s.firstSeen() == null
                      ? i18n.get("explorer.none")
                      : Formats.time(s.firstSeen()) + " … " + Formats.time(s.lastSeen()));
              count.setText(
                  s == null ? "" : i18n.format("explorer.address.counts", s.txCount(), s.sent()));
            });
    row(g, i18n.get("explorer.address.seen"), seen);
    row(g, i18n.get("explorer.col.txs"), count);
    TextField label = Controls.textField("explorer-address-label", model.labelProperty(), 12);
    TextField note = Controls.textField("explorer-address-note", model.noteProperty(), 12);
    Button save = new Button(i18n.get("explorer.address.saveLabel"));
    save.setId("explorer-address-save");
    save.setOnAction(e -> model.saveLabel());
    save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    row(g, i18n.get("explorer.address.label"), label);
    row(g, i18n.get("explorer.address.note"), new HBox(8, note, save));
    CheckBox watch = new CheckBox(i18n.get("explorer.address.watch"));
    watch.setId("explorer-address-watch");
    watch.setSelected(model.watchedProperty().get());
    watch.setOnAction(e -> model.setWatched(watch.isSelected()));
    Button abi = new Button(i18n.get("explorer.abi.import"));
    abi.setId("explorer-address-abi");
    abi.setOnAction(e -> chooseAbi(abi));
    row(g, "", new HBox(8, watch, abi));
    // The ABI import's result takes a row only while it has something to say.
    Label abiStatus = bound("explorer-address-abi-status", model.abiStatusProperty());
    abiStatus.managedProperty().bind(abiStatus.textProperty().isNotEmpty());
    abiStatus.visibleProperty().bind(abiStatus.managedProperty());
    g.add(abiStatus, 1, g.getRowCount());
    return g;
  }

  private void chooseAbi(Button owner) {
    FileChooser chooser = new FileChooser();
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ABI JSON", "*.json"));
    File f = chooser.showOpenDialog(owner.getScene().getWindow());
    if (f != null) {
      String name = f.getName().replaceFirst("\\.json$", "");
      model.importAbi(f.toPath(), name);
    }
  }

  private LineChart<Number, Number> chart() {
    NumberAxis x = new NumberAxis();
    x.setForceZeroInRange(false);
    x.setLabel(i18n.get("explorer.chart.day"));
    x.setTickLabelFormatter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(Number n) {
            return java.time.LocalDate.ofEpochDay(n.longValue()).toString();
          }

          @Override
          public Number fromString(String s) {
            return java.time.LocalDate.parse(s).toEpochDay();
          }
        });
    NumberAxis y = new NumberAxis();
    y.setForceZeroInRange(false);
    y.setLabel(model.currency());
    LineChart<Number, Number> chart = new LineChart<>(x, y);
    chart.setId("explorer-address-chart");
    chart.setTitle(i18n.get("explorer.address.chart"));
    if (chart.lookup(".chart-title") instanceof Label t) {
      t.setWrapText(true); // two lines beside the details at 1024 pixels, never cut
    }
    chart.setLegendVisible(false);
    chart.setCreateSymbols(false);
    chart.setAnimated(false);
    chart.setPrefHeight(200);
    chart.setMinHeight(170);
    chart.setMinWidth(320);
    // room for half of the last day label, which JavaFX centres on the right edge of the plot
    chart.setPadding(new javafx.geometry.Insets(5, 36, 5, 5));
    model
        .chartProperty()
        .addListener(
            (o, was, s) -> {
              XYChart.Series<Number, Number> series = new XYChart.Series<>();
              // A lone point drawn as a line is invisible: a short history shows its points.
              chart.setCreateSymbols(s != null && s.points().size() <= 3);
              y.setLabel(
                  s == null || s.absolute()
                      ? model.currency()
                      : i18n.format("explorer.chart.change", model.currency()));
              long[] axis = s == null ? null : BalanceHistory.dayAxis(s.points());
              x.setAutoRanging(axis == null);
              if (axis != null) {
                x.setLowerBound(axis[0]);
                x.setUpperBound(axis[1]);
                x.setTickUnit(axis[2]);
              }
              if (s != null) {
                for (BalanceHistory.Point p : s.points()) {
                  // Display only: the exact amounts stay BigInteger in the model.
                  double v =
                      new BigDecimal(p.balance()).movePointLeft(model.decimals()).doubleValue();
                  series.getData().add(new XYChart.Data<>(p.day().toEpochDay(), v));
                }
              }
              chart.getData().setAll(List.of(series));
            });
    return chart;
  }

  private Tab holdingsTab() {
    TableView<QueryRecords.AssetTotals> t = new TableView<>();
    t.setId("explorer-address-holdings");
    t.setPlaceholder(new Label(i18n.get("explorer.none")));
    t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    t.getColumns()
        .addAll(
            List.of(
                nodes(
                    i18n.get("explorer.col.asset"),
                    (QueryRecords.AssetTotals a) ->
                        a.asset() == null ? new Label(model.currency()) : links.token(a.info())),
                text(
                    i18n.get("explorer.col.in"), (QueryRecords.AssetTotals a) -> amount(a, a.in())),
                text(
                    i18n.get("explorer.col.out"),
                    (QueryRecords.AssetTotals a) -> amount(a, a.out())),
                text(
                    i18n.get("explorer.col.net"),
                    (QueryRecords.AssetTotals a) -> amount(a, a.in().subtract(a.out())))));
    model
        .summaryProperty()
        .addListener((o, was, s) -> t.getItems().setAll(s == null ? List.of() : s.totals()));
    Tab tab = new Tab(i18n.get("explorer.address.holdings"), t);
    tab.setId("explorer-tab-holdings");
    return tab;
  }

  private String amount(QueryRecords.AssetTotals a, java.math.BigInteger v) {
    return a.asset() == null
        ? Formats.units(v, model.decimals())
        : Formats.tokenAmount(a.info(), v);
  }

  private Tab counterpartiesTab() {
    TableView<QueryRecords.Counterparty> t = new TableView<>();
    t.setId("explorer-address-counterparties");
    t.setPlaceholder(new Label(i18n.get("explorer.none")));
    t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    t.getColumns()
        .addAll(
            List.of(
                nodes(
                    i18n.get("explorer.col.address"),
                    (QueryRecords.Counterparty c) -> links.address(c.address())),
                text(
                    i18n.get("explorer.col.txs"),
                    (QueryRecords.Counterparty c) -> Long.toString(c.transactions()))));
    model
        .summaryProperty()
        .addListener(
            (o, was, s) -> t.getItems().setAll(s == null ? List.of() : s.topCounterparties()));
    Tab tab = new Tab(i18n.get("explorer.address.counterparties"), t);
    tab.setId("explorer-tab-counterparties");
    return tab;
  }

  public Node root() {
    return root;
  }
}
