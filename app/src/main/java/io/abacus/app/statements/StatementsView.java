package io.abacus.app.statements;

import io.abacus.app.i18n.I18n;
import io.abacus.app.ui.Controls;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Statements page: create a signed statement, and the lender's "Verify a statement". */
public final class StatementsView {
  private final StatementsViewModel create;
  private final VerifyStatementViewModel verify;
  private final I18n i18n;
  private final ScrollPane root;

  private final Consumer<String> openTransaction;

  /**
   * @param openTransaction shows a transaction in the explorer (double-click on a problem)
   */
  public StatementsView(
      StatementsViewModel create,
      VerifyStatementViewModel verify,
      I18n i18n,
      Consumer<String> openTransaction) {
    this.openTransaction = openTransaction;
    this.create = create;
    this.verify = verify;
    this.i18n = i18n;
    VBox body = new VBox(16, createSection(), verifySection());
    body.setPadding(new javafx.geometry.Insets(0, 24, 12, 0));
    root = new ScrollPane(body);
    root.setId("statements-page");
    root.setFitToWidth(true);
    root.getStyleClass().add("edge-to-edge");
  }

  public Node root() {
    return root;
  }

  private Node createSection() {
    CheckBox all = new CheckBox(i18n.get("statements.create.allAccounts"));
    all.setId("statement-all-accounts");
    all.selectedProperty().bindBidirectional(create.allAccountsProperty());
    Button go = new Button(i18n.get("statements.create.button"));
    go.setId("statement-create");
    go.setDefaultButton(true);
    go.disableProperty().bind(create.busyProperty());
    go.setOnAction(e -> create.create());
    Label status = new Label();
    status.setId("statement-status");
    status.setWrapText(true);
    status.getStyleClass().add("success");
    status.textProperty().bind(create.statusProperty());
    GridPane grid = Controls.formGrid();
    grid.add(muted(i18n.get("statements.create.help")), 0, 0, 2, 1);
    grid.addRow(
        1,
        new Label(i18n.get("statements.create.from")),
        Controls.textField("statement-from", create.fromProperty(), 14));
    grid.addRow(
        2,
        new Label(i18n.get("statements.create.to")),
        Controls.textField("statement-to", create.toProperty(), 14));
    grid.addRow(
        3,
        new Label(i18n.get("statements.create.tokens")),
        Controls.textField("statement-tokens", create.tokensProperty(), 44));
    grid.addRow(4, new Label(), new VBox(6, all, indexBox("statement-use-index", create.index())));
    grid.addRow(
        5,
        new Label(i18n.get("statements.create.json")),
        Controls.textField("statement-json-path", create.jsonPathProperty(), 44));
    grid.addRow(
        6,
        new Label(i18n.get("statements.create.pdf")),
        Controls.textField("statement-pdf-path", create.pdfPathProperty(), 44));
    grid.addRow(7, new Label(), go);
    grid.addRow(8, new Label(), status);
    grid.add(Controls.errorLabel("statement-error", create.errorProperty()), 1, 9);
    grow(grid);
    return Controls.section(i18n.get("statements.create.title"), grid);
  }

  private Node verifySection() {
    Button go = new Button(i18n.get("statements.verify.button"));
    go.setId("verify-statement");
    go.disableProperty().bind(verify.busyProperty());
    go.setOnAction(e -> verify.verify());
    Label summary = new Label();
    summary.setId("verify-statement-summary");
    summary.setWrapText(true);
    summary.textProperty().bind(verify.summaryProperty());
    verify
        .validProperty()
        .addListener(
            (o, a, b) -> {
              summary.getStyleClass().removeAll("success", "danger");
              summary.getStyleClass().add(b ? "success" : "danger");
            });
    Label counts = new Label();
    counts.setId("verify-statement-counts");
    counts.getStyleClass().add("text-muted");
    counts.textProperty().bind(verify.countsProperty());
    TableView<VerifyStatementViewModel.Row> table = new TableView<>(verify.problems());
    table.setId("verify-statement-problems");
    table.setPrefHeight(220);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setRowFactory(
        t -> {
          TableRow<VerifyStatementViewModel.Row> row = new TableRow<>();
          row.setOnMouseClicked(
              e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && !row.getItem().hash().isEmpty()) {
                  openTransaction.accept(row.getItem().hash());
                }
              });
          return row;
        });
    table
        .getColumns()
        .add(column(i18n.get("statements.verify.kind"), 110, VerifyStatementViewModel.Row::kind));
    table
        .getColumns()
        .add(column(i18n.get("statements.verify.hash"), 260, VerifyStatementViewModel.Row::hash));
    table
        .getColumns()
        .add(
            column(
                i18n.get("statements.verify.detail"), 420, VerifyStatementViewModel.Row::detail));
    GridPane grid = Controls.formGrid();
    grid.add(muted(i18n.get("statements.verify.help")), 0, 0, 2, 1);
    grid.addRow(
        1,
        new Label(i18n.get("statements.verify.file")),
        Controls.textField("verify-statement-path", verify.pathProperty(), 44));
    grid.addRow(2, new Label(), new VBox(6, indexBox("verify-use-index", verify.index()), go));
    grid.addRow(3, new Label(), summary);
    grid.addRow(4, new Label(), counts);
    grid.add(Controls.errorLabel("verify-statement-error", verify.errorProperty()), 1, 5);
    grid.add(table, 0, 6, 2, 1);
    grow(grid);
    return Controls.section(i18n.get("statements.verify.title"), grid);
  }

  private static TableColumn<VerifyStatementViewModel.Row, String> column(
      String title,
      double width,
      java.util.function.Function<VerifyStatementViewModel.Row, String> value) {
    TableColumn<VerifyStatementViewModel.Row, String> c = new TableColumn<>(title);
    c.setPrefWidth(width);
    c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    // A lender reads every word and compares hashes: cells wrap instead of ending in "…".
    c.setCellFactory(
        col ->
            new javafx.scene.control.TableCell<>() {
              private final javafx.scene.text.Text text = new javafx.scene.text.Text();

              {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(14));
                text.getStyleClass().add("text");
                text.fillProperty().bind(textFillProperty());
              }

              @Override
              protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null || item.isEmpty()) {
                  setGraphic(null);
                  setTooltip(null);
                } else {
                  text.setText(item);
                  setGraphic(text);
                  setTooltip(new javafx.scene.control.Tooltip(item));
                }
              }
            });
    return c;
  }

  /** "Read the movements from this network's explorer index", shown when it has one. */
  private CheckBox indexBox(String id, IndexChoice index) {
    CheckBox box = new CheckBox(i18n.get("statements.source.index"));
    box.setId(id);
    box.selectedProperty().bindBidirectional(index.useProperty());
    box.visibleProperty().bind(index.availableProperty());
    box.managedProperty().bind(index.availableProperty());
    return box;
  }

  private static Label muted(String text) {
    Label l = new Label(text);
    l.setWrapText(true);
    l.getStyleClass().add("text-muted");
    return l;
  }

  private static void grow(GridPane grid) {
    Controls.fitLabels(grid).getColumnConstraints().get(0).setPrefWidth(175);
    grid.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
  }
}
