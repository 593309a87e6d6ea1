package io.abacus.app.payouts;

import io.abacus.app.i18n.I18n;
import io.abacus.app.ui.AddressCell;
import io.abacus.app.ui.RecentFolder;
import io.abacus.wallet.fees.Speed;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The Payouts page: choose a CSV, review every row with its error or warning and the totals, enter
 * the password once and pay, watching each row go planned, signed, broadcast, confirmed; export the
 * result CSV. It only shows a {@link PayoutRun}, which outlives the page.
 */
public final class PayoutsView {
  private final PayoutRun model;
  private final I18n i18n;
  private final RecentFolder folder;
  private final VBox root;
  private final TextField path = new TextField();
  private final TextField exportPath = new TextField();
  private final PasswordField password = new PasswordField();
  private TableView<PayoutLine> table;

  public PayoutsView(PayoutRun model, I18n i18n, RecentFolder folder) {
    this.model = model;
    this.i18n = i18n;
    this.folder = folder;
    Label file = label("payouts-file", "");
    file.textProperty().bind(model.fileProperty());
    Label totals = label("payouts-totals", "");
    totals.textProperty().bind(model.totalsProperty());
    Label problems = label("payouts-problems", "");
    problems.getStyleClass().add("text-danger");
    problems.textProperty().bind(model.problemsProperty());
    problems.visibleProperty().bind(model.problemsProperty().isNotEmpty());
    problems.managedProperty().bind(problems.visibleProperty());
    Label message = label("payouts-message", "");
    message.textProperty().bind(model.messageProperty());
    table = table();
    VBox.setVgrow(table, Priority.ALWAYS);
    root =
        new VBox(
            10,
            importRow(),
            file,
            totals,
            problems,
            PayoutModeView.of(model.mode(), stageIs(PayoutRun.Stage.REVIEW)),
            table,
            payRow(),
            questionRow(),
            message,
            exportRow());
    root.setId("payouts-page");
  }

  public Node root() {
    return root;
  }

  private Node importRow() {
    path.setId("payouts-path");
    path.setPromptText(i18n.get("payouts.pathPrompt"));
    HBox.setHgrow(path, Priority.ALWAYS);
    Button browse = button("payouts-browse", "payouts.browse");
    browse.setOnAction(e -> choose());
    Button load = button("payouts-import", "payouts.import");
    load.setOnAction(e -> importPath());
    Button again = button("payouts-reimport", "payouts.reimport");
    again.setOnAction(e -> model.reimport());
    BooleanBinding busy = stageIs(PayoutRun.Stage.RUNNING).or(stageIs(PayoutRun.Stage.CHECKING));
    load.disableProperty().bind(busy);
    browse.disableProperty().bind(busy);
    again.disableProperty().bind(busy.or(model.fileProperty().isEmpty()));
    return new HBox(8, path, browse, load, again);
  }

  private Node payRow() {
    CheckBox confirm = new CheckBox(i18n.get("payouts.confirmWarnings"));
    confirm.setId("payouts-confirm");
    confirm.selectedProperty().bindBidirectional(model.confirmWarningsProperty());
    confirm
        .visibleProperty()
        .bind(Bindings.createBooleanBinding(model::hasWarnings, model.lines()));
    confirm.managedProperty().bind(confirm.visibleProperty());
    password.setId("payouts-password");
    password.setPromptText(i18n.get("payouts.password"));
    Button pay = button("payouts-pay", "payouts.pay");
    pay.disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> !model.canPay(),
                model.stageProperty(),
                model.lines(),
                model.confirmWarningsProperty()));
    pay.setOnAction(
        e -> {
          model.pay(password.getText().toCharArray());
          password.clear();
        });
    Button cancel = button("payouts-cancel", "payouts.cancel");
    cancel.visibleProperty().bind(stageIs(PayoutRun.Stage.RUNNING));
    cancel.setOnAction(e -> model.cancel());
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setPrefSize(20, 20);
    spinner.visibleProperty().bind(stageIs(PayoutRun.Stage.RUNNING));
    HBox row = new HBox(8, confirm, feeChoice(), password, pay, cancel, spinner);
    row.getChildren().addAll(replaceButtons());
    return row;
  }

  /**
   * Speed up / cancel the selected row, shown while the run is stopped; they use the password
   * field.
   */
  private List<Button> replaceButtons() {
    Button faster = button("payouts-speedup", "payouts.speedUp");
    faster.setOnAction(e -> replaceSelected(false));
    Button cancel = button("payouts-cancel-row", "payouts.cancelRow");
    cancel.setOnAction(e -> replaceSelected(true));
    for (Button b : List.of(faster, cancel)) {
      b.visibleProperty().bind(stageIs(PayoutRun.Stage.STOPPED));
      b.managedProperty().bind(b.visibleProperty());
      b.disableProperty()
          .bind(
              Bindings.createBooleanBinding(
                  () -> selectedPending() == null,
                  table.getSelectionModel().selectedItemProperty()));
    }
    return List.of(faster, cancel);
  }

  /** The selected row if it has a transaction that may be pending, else null. */
  private PayoutLine selectedPending() {
    PayoutLine l = table.getSelectionModel().getSelectedItem();
    return l != null && (l.state().equals("signed") || l.state().equals("broadcast")) ? l : null;
  }

  private void replaceSelected(boolean cancel) {
    PayoutLine l = selectedPending();
    if (l != null) {
      model.replace(l.line(), cancel, password.getText().toCharArray());
      password.clear();
    }
  }

  /** The fee preset (the Send page's slow / normal / fast); the review's fee follows it. */
  private Node feeChoice() {
    ChoiceBox<Speed> fee = new ChoiceBox<>(FXCollections.observableArrayList(Speed.values()));
    fee.setId("payouts-fee");
    fee.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Speed s) {
            return s == null ? "" : i18n.get("send.fee." + s.name());
          }

          @Override
          public Speed fromString(String text) {
            return null;
          }
        });
    fee.valueProperty().bindBidirectional(model.speedProperty());
    fee.disableProperty()
        .bind(stageIs(PayoutRun.Stage.RUNNING).or(stageIs(PayoutRun.Stage.CHECKING)));
    Label caption = new Label(i18n.get("send.fee"));
    caption.setLabelFor(fee);
    return new HBox(4, caption, fee);
  }

  /** The run's question (a row's nonce taken): the text and Yes / No, shown while it waits. */
  private Node questionRow() {
    Label text = label("payouts-question", "");
    text.textProperty().bind(model.questionProperty());
    HBox.setHgrow(text, Priority.ALWAYS);
    Button yes = button("payouts-question-yes", "payouts.yes");
    yes.setOnAction(e -> model.answer(true));
    Button no = button("payouts-question-no", "payouts.no");
    no.setOnAction(e -> model.answer(false));
    HBox row = new HBox(8, text, yes, no);
    row.getStyleClass().add("text-warning");
    row.visibleProperty().bind(model.questionProperty().isNotEmpty());
    row.managedProperty().bind(row.visibleProperty());
    return row;
  }

  private Node exportRow() {
    exportPath.setId("payouts-export-path");
    exportPath.setPromptText(i18n.get("payouts.exportPrompt"));
    HBox.setHgrow(exportPath, Priority.ALWAYS);
    Button browse = button("payouts-export-browse", "payouts.browse");
    browse.setOnAction(e -> chooseExport());
    Button export = button("payouts-export", "payouts.export");
    export.disableProperty().bind(exportPath.textProperty().isEmpty());
    export.setOnAction(e -> model.export(Path.of(exportPath.getText().strip())));
    HBox row = new HBox(8, exportPath, browse, export);
    row.visibleProperty().bind(stageIs(PayoutRun.Stage.DONE).or(stageIs(PayoutRun.Stage.STOPPED)));
    return row;
  }

  private TableView<PayoutLine> table() {
    TableView<PayoutLine> t = new TableView<>(model.lines());
    t.setId("payouts-table");
    t.setPlaceholder(new Label(i18n.get("payouts.empty")));
    t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    t.getColumns().add(column("payouts.col.line", 45, l -> String.valueOf(l.line())));
    TableColumn<PayoutLine, String> to = column("payouts.col.to", 170, PayoutLine::to);
    to.setCellFactory(c -> new AddressCell<>(i18n.get("accounts.copy")));
    t.getColumns().add(to);
    t.getColumns().add(column("payouts.col.amount", 90, PayoutLine::amount));
    t.getColumns().add(column("payouts.col.asset", 70, PayoutLine::asset));
    t.getColumns().add(column("payouts.col.state", 85, l -> state(l.state())));
    t.getColumns().add(column("payouts.col.detail", 280, PayoutLine::detail));
    return t;
  }

  private String state(String key) {
    return i18n.has("payouts.state." + key) ? i18n.get("payouts.state." + key) : key;
  }

  private TableColumn<PayoutLine, String> column(
      String key, double width, Function<PayoutLine, String> text) {
    TableColumn<PayoutLine, String> c = new TableColumn<>(i18n.get(key));
    c.setPrefWidth(width);
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
    return c;
  }

  private void choose() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(i18n.get("payouts.chooseTitle"));
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.CSV"));
    folder.applyTo(chooser);
    File chosen = chooser.showOpenDialog(root.getScene().getWindow());
    if (chosen != null) {
      folder.remember(chosen.toPath());
      path.setText(chosen.getPath());
      importPath();
    }
  }

  private void chooseExport() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(i18n.get("payouts.exportTitle"));
    folder.applyTo(chooser);
    chooser.setInitialFileName("payout-result.csv");
    File chosen = chooser.showSaveDialog(root.getScene().getWindow());
    if (chosen != null) {
      folder.remember(chosen.toPath());
      exportPath.setText(chosen.getPath());
    }
  }

  private void importPath() {
    String text = path.getText().strip();
    if (!text.isEmpty()) {
      model.importFile(Path.of(text));
    }
  }

  private BooleanBinding stageIs(PayoutRun.Stage s) {
    return model.stageProperty().isEqualTo(s);
  }

  private Button button(String id, String key) {
    Button b = new Button(i18n.get(key));
    b.setId(id);
    return b;
  }

  private static Label label(String id, String text) {
    Label l = new Label(text);
    l.setId(id);
    l.setWrapText(true);
    return l;
  }
}
