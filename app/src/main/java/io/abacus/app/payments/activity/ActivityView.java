package io.abacus.app.payments.activity;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.Layout;
import io.abacus.app.ui.AmountText;
import io.abacus.app.ui.Controls;
import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The Activity page: the transaction table, details with label and note, replace, export. */
public final class ActivityView {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
  private final ActivityViewModel model;
  private final I18n i18n;
  private final VBox root;

  public ActivityView(ActivityViewModel model, I18n i18n) {
    this.model = model;
    this.i18n = i18n;
    TableView<ActivityItem> table = table();
    VBox.setVgrow(table, Priority.ALWAYS);
    Label msg = new Label();
    msg.setId("activity-message");
    msg.setWrapText(true);
    msg.textProperty().bind(model.messageProperty());
    root =
        new VBox(
            10,
            toolbar(),
            table,
            details(),
            msg,
            Controls.errorLabel("activity-error", model.errorProperty()));
    root.setId("activity-page");
    // Pages are kept while the user goes elsewhere; coming back shows the current state.
    root.sceneProperty()
        .addListener(
            (o, a, b) -> {
              if (b != null) {
                model.refresh();
              }
            });
    model.refresh();
  }

  public VBox root() {
    return root;
  }

  private Node toolbar() {
    Button refresh = new Button(i18n.get("activity.refresh"));
    refresh.setId("activity-refresh");
    refresh.setOnAction(e -> model.refresh());
    refresh.disableProperty().bind(model.busyProperty());
    ProgressIndicator spin = new ProgressIndicator();
    spin.setPrefSize(20, 20);
    spin.visibleProperty().bind(model.busyProperty());
    Label caughtUp = new Label();
    caughtUp.setId("activity-progress");
    caughtUp.setWrapText(true);
    caughtUp.textProperty().bind(model.progressProperty());
    HBox.setHgrow(caughtUp, Priority.ALWAYS);
    caughtUp.setMaxWidth(Double.MAX_VALUE);
    Button stop = new Button(i18n.get("activity.stop"));
    stop.setId("activity-stop");
    stop.setOnAction(e -> model.cancelWork());
    stop.visibleProperty().bind(model.progressProperty().isNotEmpty());
    stop.managedProperty().bind(stop.visibleProperty());
    TextField path = Controls.textField("activity-export-path", model.exportPathProperty(), 28);
    HBox.setHgrow(path, Priority.ALWAYS);
    Button choose = Layout.whole(new Button(i18n.get("activity.export.choose")));
    choose.setId("activity-export-choose");
    choose.setOnAction(e -> choosePath());
    Button export = Layout.whole(new Button(i18n.get("activity.export")));
    export.setId("activity-export");
    export.setOnAction(e -> model.exportCsv());
    export.disableProperty().bind(model.busyProperty().or(Bindings.isEmpty(model.items())));
    Label to = Layout.whole(new Label(i18n.get("activity.export.to")));
    // Two rows: in one, the export path squeezed the progress text to "…" at 1024 pixels.
    HBox work = new HBox(8, Layout.whole(refresh), spin, caughtUp, Layout.whole(stop));
    HBox exporting = new HBox(8, to, path, choose, export);
    work.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    exporting.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    return new VBox(8, work, exporting);
  }

  private void choosePath() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(i18n.get("activity.export"));
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
    chooser.setInitialFileName(ActivityViewModel.EXPORT_NAME);
    model.folders().applyTo(chooser);
    File f = chooser.showSaveDialog(root.getScene().getWindow());
    if (f != null) {
      model.folders().remember(f.toPath());
      model.exportPathProperty().set(f.getPath());
    }
  }

  private TableView<ActivityItem> table() {
    TableView<ActivityItem> table = new TableView<>(model.items());
    table.setId("activity-table");
    table.setPlaceholder(new Label(i18n.get("activity.none")));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(column("date", 110, i -> WHEN.format(i.time())));
    table
        .getColumns()
        .add(column("direction", 95, i -> i18n.get("activity.direction." + i.direction())));
    TableColumn<ActivityItem, ActivityItem> counterparty =
        new TableColumn<>(i18n.get("activity.column.counterparty"));
    counterparty.setPrefWidth(170);
    counterparty.setId("activity-col-counterparty");
    counterparty.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
    counterparty.setCellFactory(c -> new CounterpartyCell(i18n.get("accounts.copy")));
    table.getColumns().add(counterparty);
    table
        .getColumns()
        .add(
            column(
                "amount",
                130,
                i -> AmountText.grouped(new java.math.BigDecimal(i.amount())) + " " + i.asset()));
    table.getColumns().add(column("fee", 120, model::feeText));
    table.getColumns().add(column("status", 120, this::status));
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, a, b) -> model.selectedProperty().set(b));
    model
        .selectedProperty()
        .addListener(
            (o, a, b) -> {
              if (b != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(b);
              }
            });
    return table;
  }

  private String status(ActivityItem i) {
    String s = i18n.get("activity.status." + i.status());
    return i.status() == ActivityItem.Status.CONFIRMED || i.status() == ActivityItem.Status.FAILED
        ? i18n.format("activity.withConfirmations", s, i.confirmations())
        : s;
  }

  private TableColumn<ActivityItem, String> column(
      String key, double width, Function<ActivityItem, String> f) {
    TableColumn<ActivityItem, String> c = new TableColumn<>(i18n.get("activity.column." + key));
    c.setPrefWidth(width);
    c.setId("activity-col-" + key);
    c.setCellValueFactory(
        d -> (ObservableValue<String>) new ReadOnlyStringWrapper(f.apply(d.getValue())));
    // A value too long for its column keeps it whole in the tooltip.
    c.setCellFactory(
        col ->
            new TableCell<>() {
              {
                setWrapText(true); // a narrow window wraps values instead of cutting them
              }

              @Override
              protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
              }
            });
    return c;
  }

  private Node details() {
    GridPane grid = Layout.formGrid();
    Label hash = new Label();
    hash.setId("activity-hash");
    hash.textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    model.selectedProperty().get() == null
                        ? ""
                        : model.selectedProperty().get().hash(),
                model.selectedProperty()));
    TextField label = Controls.textField("activity-label", model.labelProperty(), 14);
    TextField note = Controls.textField("activity-note", model.noteProperty(), 30);
    Button save = Layout.whole(new Button(i18n.get("activity.saveNote")));
    save.setId("activity-save-note");
    save.setOnAction(e -> model.saveNote());
    BooleanBinding none = model.selectedProperty().isNull();
    label.disableProperty().bind(none);
    note.disableProperty().bind(none);
    save.disableProperty().bind(none.or(model.busyProperty()));
    PasswordField password = new PasswordField();
    password.setId("activity-password");
    password.setPromptText(i18n.get("activity.password.prompt"));
    Button speedUp = new Button(i18n.get("activity.speedUp"));
    speedUp.setId("activity-speed-up");
    Button cancel = new Button(i18n.get("activity.cancelTx"));
    cancel.setId("activity-cancel");
    BooleanBinding replaceable =
        Bindings.createBooleanBinding(
            () ->
                model.selectedProperty().get() != null
                    && model.selectedProperty().get().replaceable(),
            model.selectedProperty());
    for (Button b : new Button[] {speedUp, cancel}) {
      b.disableProperty()
          .bind(replaceable.not().or(model.busyProperty()).or(password.textProperty().isEmpty()));
    }
    password.disableProperty().bind(replaceable.not());
    speedUp.setOnAction(e -> model.speedUp(take(password)));
    cancel.setOnAction(e -> model.cancelTransaction(take(password)));
    grid.addRow(0, new Label(i18n.get("activity.hash")), hash);
    grid.addRow(1, new Label(i18n.get("activity.label")), new HBox(8, label, note, save));
    grid.addRow(2, new Label(i18n.get("activity.replace")), new HBox(8, password, speedUp, cancel));
    return grid;
  }

  private static char[] take(PasswordField field) {
    char[] pw = field.getText().toCharArray();
    field.clear();
    return pw;
  }
}
