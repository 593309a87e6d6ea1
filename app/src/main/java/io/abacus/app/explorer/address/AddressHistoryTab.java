package io.abacus.app.explorer.address;

import static io.abacus.app.explorer.ExplorerUi.bound;
import static io.abacus.app.explorer.ExplorerUi.csvButton;
import static io.abacus.app.explorer.ExplorerUi.links;
import static io.abacus.app.explorer.ExplorerUi.text;
import static io.abacus.app.explorer.ExplorerUi.width;

import io.abacus.app.explorer.Links;
import io.abacus.app.explorer.TxTable;
import io.abacus.app.i18n.I18n;
import io.abacus.app.ui.Controls;
import io.abacus.explorer.query.QueryRecords;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The history tab of the address page: filters, the keyset-paged table, Load more, export. */
final class AddressHistoryTab {
  private final AddressViewModel model;
  private final I18n i18n;
  private final Links links;

  AddressHistoryTab(AddressViewModel model, I18n i18n, Links links) {
    this.model = model;
    this.i18n = i18n;
    this.links = links;
  }

  Tab tab() {
    HistoryFilterForm f = model.filter();
    ComboBox<QueryRecords.Direction> direction = new ComboBox<>();
    direction.getItems().setAll(QueryRecords.Direction.values());
    direction.setId("explorer-filter-direction");
    direction.setConverter(
        Controls.converter(
            d -> i18n.get("explorer.direction." + d.name().toLowerCase(java.util.Locale.ROOT))));
    direction.valueProperty().bindBidirectional(f.directionProperty());
    TextField counterparty =
        Controls.textField("explorer-filter-counterparty", f.counterpartyProperty(), 12);
    counterparty.setPromptText(i18n.get("explorer.filter.counterparty"));
    TextField token = Controls.textField("explorer-filter-token", f.tokenProperty(), 12);
    token.setPromptText(i18n.get("explorer.filter.token"));
    DatePicker from = new DatePicker();
    from.setId("explorer-filter-from");
    from.setPromptText(i18n.get("explorer.filter.from"));
    from.setPrefWidth(130);
    from.valueProperty().bindBidirectional(f.fromDateProperty());
    DatePicker to = new DatePicker();
    to.setId("explorer-filter-to");
    to.setPromptText(i18n.get("explorer.filter.to"));
    to.setPrefWidth(130);
    to.valueProperty().bindBidirectional(f.toDateProperty());
    TextField min = Controls.textField("explorer-filter-min", f.minAmountProperty(), 6);
    min.setPromptText(i18n.get("explorer.filter.min"));
    Button apply = new Button(i18n.get("explorer.filter.apply"));
    apply.setId("explorer-filter-apply");
    apply.setOnAction(e -> model.applyFilter());
    Button clear = new Button(i18n.get("explorer.filter.clear"));
    clear.setId("explorer-filter-clear");
    clear.setOnAction(
        e -> {
          f.clear();
          model.applyFilter();
        });
    for (javafx.scene.control.Control c : List.of(direction, from, to, apply, clear)) {
      c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    }
    from.setPrefWidth(125);
    to.setPrefWidth(125);
    // Two rows in a narrow window rather than date fields squeezed to "F…" and "T…".
    javafx.scene.layout.FlowPane filters =
        new javafx.scene.layout.FlowPane(6, 6, direction, counterparty, token, from, to, min);
    filters.getChildren().addAll(apply, clear);
    filters.setAlignment(Pos.CENTER_LEFT);
    TableView<QueryRecords.HistoryItem> table = new TableView<>(model.history());
    table.setId("explorer-address-history");
    table.setPlaceholder(new Label(i18n.get("explorer.none")));
    table.getColumns().addAll(historyColumns());
    io.abacus.app.explorer.ExplorerUi.fixedRows(table);
    Button more = new Button(i18n.get("explorer.page.more"));
    more.setId("explorer-address-more");
    more.disableProperty().bind(model.hasMoreProperty().not());
    more.setOnAction(e -> model.loadMore());
    HBox footer =
        new HBox(
            8,
            more,
            bound("explorer-address-shown", model.historyStatusProperty()),
            csvButton("explorer-address-csv", i18n, model.address() + ".csv", model::exportCsv),
            bound("explorer-address-export", model.exportStatusProperty()));
    footer.setAlignment(Pos.CENTER_LEFT);
    VBox box = new VBox(6, filters, table, footer);
    VBox.setVgrow(table, Priority.ALWAYS);
    Tab tab = new Tab(i18n.get("explorer.address.history"), box);
    tab.setId("explorer-tab-history");
    return tab;
  }

  private List<TableColumn<QueryRecords.HistoryItem, ?>> historyColumns() {
    return List.of(
        width(
            links(
                i18n.get("explorer.col.hash"),
                links,
                (QueryRecords.HistoryItem i) -> links.transactionTarget(i.hash())),
            160),
        width(
            text(
                i18n.get("explorer.col.method"),
                (QueryRecords.HistoryItem i) -> TxTable.method(i18n, i.method())),
            100),
        width(
            links(
                i18n.get("explorer.col.block"),
                links,
                (QueryRecords.HistoryItem i) -> links.blockTarget(i.blockNumber())),
            70),
        width(
            io.abacus.app.explorer.ExplorerUi.time(
                i18n.get("explorer.col.time"), (QueryRecords.HistoryItem i) -> i.timestamp()),
            190),
        width(
            text(
                i18n.get("explorer.col.direction"),
                (QueryRecords.HistoryItem i) ->
                    i18n.get(
                        "explorer.direction."
                            + i.direction().name().toLowerCase(java.util.Locale.ROOT))),
            70),
        // What moved comes before the counterparties: at 1024 pixels it is in view.
        width(text(i18n.get("explorer.col.value"), (QueryRecords.HistoryItem i) -> value(i)), 160),
        width(
            links(
                i18n.get("explorer.col.from"),
                links,
                (QueryRecords.HistoryItem i) -> links.addressTarget(i.from())),
            170),
        width(
            links(
                i18n.get("explorer.col.to"),
                links,
                (QueryRecords.HistoryItem i) -> links.addressTarget(i.to())),
            170),
        width(
            text(
                i18n.get("explorer.col.status"),
                (QueryRecords.HistoryItem i) -> TxTable.Status.text(i18n, i.status())),
            80));
  }

  private String value(QueryRecords.HistoryItem i) {
    return HistoryValue.text(i, model.address(), model.decimals(), model.currency(), i18n);
  }
}
