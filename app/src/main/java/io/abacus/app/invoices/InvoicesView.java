package io.abacus.app.invoices;

import io.abacus.app.i18n.I18n;
import io.abacus.app.ui.Controls;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.invoice.IncomingPayment;
import io.abacus.wallet.invoice.Invoice;
import io.abacus.wallet.invoice.InvoiceState;
import io.abacus.wallet.invoice.InvoiceStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Invoices page: new-invoice form, filters, totals per asset, the invoice table, the selected
 * invoice's detail (payments, URI, QR, actions) and the unassigned payments.
 */
public final class InvoicesView {
  private final InvoicesViewModel model;
  private final I18n i18n;
  private final VBox root;

  /**
   * Checks for payments every {@link InvoicePageSync#AUTO_PERIOD} from the first time the page is
   * shown on (the page is kept, so the sidebar badge appears while the user is elsewhere).
   */
  private final io.abacus.app.ui.ShownTicker autoSync;

  /**
   * @param openTransaction shows a transaction (by hash) in the explorer
   */
  public InvoicesView(
      InvoicesViewModel model, I18n i18n, InvoiceAlerts alerts, Consumer<String> openTransaction) {
    this.model = model;
    this.i18n = i18n;
    this.autoSync =
        new io.abacus.app.ui.ShownTicker(
            InvoicePageSync.AUTO_PERIOD, model::autoSync, "abacus-invoice-sync");
    TableView<InvoiceState> table = table();
    HBox middle = new HBox(12, table, new InvoiceDetailPane(model, i18n, openTransaction).root());
    HBox.setHgrow(table, Priority.ALWAYS);
    VBox.setVgrow(middle, Priority.ALWAYS);
    Label msg = new Label();
    msg.setId("invoices-message");
    msg.setWrapText(true);
    msg.textProperty().bind(model.messageProperty());
    root =
        new VBox(
            10,
            new NewInvoicePane(model, i18n).root(),
            filters(),
            totals(),
            middle,
            unassigned(),
            msg,
            Controls.errorLabel("invoices-error", model.errorProperty()));
    root.setId("invoices-page");
    root.sceneProperty()
        .addListener(
            (o, a, b) -> {
              if (b != null) {
                alerts.seen();
                model.refresh();
                model.autoSync();
                autoSync.follow(b);
              }
            });
  }

  public Node root() {
    return root;
  }

  /** A text field the view alone reads (a file path). */
  static TextField field(String id, String text, int columns) {
    TextField field = new TextField(text);
    field.setId(id);
    field.setPrefColumnCount(columns);
    return field;
  }

  private TextField prompt(TextField field, String key) {
    field.setPromptText(i18n.get(key));
    return field;
  }

  private Node filters() {
    ComboBox<InvoiceStatus> status = new ComboBox<>();
    status.setId("invoice-filter-status");
    status.getItems().add(null);
    status.getItems().addAll(InvoiceStatus.values());
    status.setConverter(
        Controls.converter(s -> s == null ? i18n.get("invoices.status.all") : statusText(s)));
    status.valueProperty().bindBidirectional(model.filter().statusProperty());
    DatePicker from = new DatePicker();
    from.setId("invoice-filter-from");
    from.setPromptText(i18n.get("invoices.from"));
    from.valueProperty().bindBidirectional(model.filter().issuedFromProperty());
    DatePicker to = new DatePicker();
    to.setId("invoice-filter-to");
    to.setPromptText(i18n.get("invoices.to"));
    to.valueProperty().bindBidirectional(model.filter().issuedToProperty());
    Button sync = new Button(i18n.get("invoices.sync"));
    sync.setId("invoice-sync");
    sync.disableProperty().bind(model.busyProperty());
    sync.setOnAction(e -> model.sync());
    TextField csv =
        field(
            "invoice-export-path",
            Path.of(System.getProperty("user.home"), "abacus-invoices.csv").toString(),
            18);
    Button export = new Button(i18n.get("invoices.export"));
    export.setId("invoice-export");
    export.setOnAction(e -> model.exportCsv(Path.of(csv.getText().strip())));
    return new FlowPane(
        8,
        8,
        status,
        prompt(
            Controls.textField("invoice-filter-customer", model.filter().customerProperty(), 12),
            "invoices.customer"),
        from,
        to,
        sync,
        csv,
        export);
  }

  private Node totals() {
    FlowPane box = new FlowPane(16, 4);
    box.setId("invoice-totals");
    model
        .totals()
        .addListener(
            (javafx.collections.ListChangeListener<InvoiceTotals>)
                c -> {
                  List<Node> labels = new ArrayList<>();
                  for (InvoiceTotals t : model.totals()) {
                    labels.add(
                        new Label(
                            i18n.format(
                                "invoices.totals",
                                t.symbol(),
                                t.open(),
                                t.paidThisMonth(),
                                t.late())));
                  }
                  box.getChildren().setAll(labels);
                });
    return box;
  }

  private TableView<InvoiceState> table() {
    TableView<InvoiceState> table = new TableView<>(model.rows());
    table.setId("invoice-table");
    table.setPlaceholder(new Label(i18n.get("invoices.none")));
    table.getColumns().add(column("invoices.col.id", s -> s.invoice().id()));
    table.getColumns().add(column("invoices.customer", s -> s.invoice().customer()));
    table.getColumns().add(column("invoices.col.status", s -> statusText(s.status())));
    table
        .getColumns()
        .add(
            column(
                "invoices.amount",
                s -> units(s.invoice(), s.invoice().amount()) + " " + s.invoice().symbol()));
    table.getColumns().add(column("invoices.col.paid", s -> units(s.invoice(), s.paid())));
    table
        .getColumns()
        .add(column("invoices.col.remaining", s -> units(s.invoice(), s.remaining())));
    table.getColumns().add(column("invoices.col.issued", s -> s.invoice().issued().toString()));
    table
        .getColumns()
        .add(
            column(
                "invoices.due",
                s -> s.invoice().due() == null ? "" : s.invoice().due().toString()));
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, a, b) -> model.selectedProperty().set(b));
    model
        .selectedProperty()
        .addListener(
            (o, a, b) -> {
              if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
              }
            });
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    return table;
  }

  private TableColumn<InvoiceState, String> column(
      String key, Function<InvoiceState, String> value) {
    TableColumn<InvoiceState, String> c = new TableColumn<>(i18n.get(key));
    c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
    return c;
  }

  private Node unassigned() {
    ListView<IncomingPayment> list = new ListView<>(model.unassigned());
    list.setId("invoice-unassigned");
    list.setPrefHeight(80);
    list.setCellFactory(
        v ->
            new javafx.scene.control.ListCell<>() {
              @Override
              protected void updateItem(IncomingPayment p, boolean empty) {
                super.updateItem(p, empty);
                setText(
                    empty || p == null ? null : p.hash() + " · " + p.from() + " · " + amount(p));
              }
            });
    Button assign = new Button(i18n.get("invoices.assign"));
    assign.setId("invoice-assign");
    assign.setOnAction(e -> model.assign(list.getSelectionModel().getSelectedItem()));
    return Controls.section(i18n.get("invoices.unassigned"), new VBox(6, list, assign));
  }

  private static String amount(IncomingPayment p) {
    return p.asset().equals(Invoice.ETH)
        ? Quantities.formatEther(p.amount()) + " ETH"
        : p.amount() + " (" + p.asset() + ")";
  }

  private String statusText(InvoiceStatus s) {
    return i18n.get("invoices.status." + s.id());
  }

  private static String units(Invoice i, java.math.BigInteger raw) {
    return Quantities.format(raw, i.decimals());
  }
}
