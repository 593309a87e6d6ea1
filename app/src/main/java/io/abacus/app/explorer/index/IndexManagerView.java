package io.abacus.app.explorer.index;

import static io.abacus.app.ui.Controls.errorLabel;

import io.abacus.app.explorer.Formats;
import io.abacus.app.i18n.I18n;
import io.abacus.explorer.query.QueryRecords;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The index manager screen. */
public final class IndexManagerView {
  private final VBox root;

  public IndexManagerView(IndexManagerViewModel model, I18n i18n) {
    this(model, null, i18n);
  }

  /**
   * @param source where the index lives (a file or a shared index), or null to show no such form
   */
  public IndexManagerView(IndexManagerViewModel model, IndexSourceViewModel source, I18n i18n) {
    Label network =
        new Label(
            i18n.format(
                model.shared() ? "explorer.index.networkShared" : "explorer.index.network",
                model.network().name(),
                model.where()));
    network.setId("explorer-index-network");
    network.setWrapText(true);
    Button start = new Button(i18n.get("explorer.index.start"));
    start.setId("explorer-index-start");
    start.setDefaultButton(true);
    start.disableProperty().bind(model.runningProperty());
    start.setOnAction(e -> model.start());
    Button pause = new Button(i18n.get("explorer.index.pause"));
    pause.setId("explorer-index-pause");
    pause.disableProperty().bind(model.runningProperty().not());
    pause.setOnAction(e -> model.pause());
    CheckBox follow = new CheckBox(i18n.get("explorer.index.follow"));
    follow.setId("explorer-index-follow");
    follow.selectedProperty().bindBidirectional(model.followProperty());
    follow.disableProperty().bind(model.runningProperty());
    CheckBox traces = new CheckBox(i18n.get("explorer.index.traces"));
    traces.setId("explorer-index-traces");
    traces.selectedProperty().bindBidirectional(model.tracesProperty());
    traces.disableProperty().bind(model.runningProperty());
    javafx.scene.control.TextField from =
        io.abacus.app.ui.Controls.textField("explorer-index-from", model.fromProperty(), 16);
    from.setPromptText(i18n.get("explorer.index.from"));
    from.disableProperty().bind(model.runningProperty());
    HBox buttons = new HBox(8, start, pause, from);
    buttons.setAlignment(Pos.CENTER_LEFT);
    // Whole texts at 1024x700: the buttons keep their width, the options get a row of their own.
    for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {start, pause}) {
      c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    }
    javafx.scene.layout.FlowPane options = new javafx.scene.layout.FlowPane(16, 4, follow, traces);
    ProgressBar bar = new ProgressBar();
    bar.setId("explorer-index-progress");
    bar.setMaxWidth(Double.MAX_VALUE);
    bar.progressProperty().bind(model.fractionProperty());
    Label status = bound("explorer-index-status", model.statusProperty());
    Label rates = bound("explorer-index-rates", model.ratesProperty());
    Label eta = bound("explorer-index-eta", model.etaProperty());
    Label coverage = bound("explorer-index-coverage", model.coverageProperty());
    Label size = bound("explorer-index-size", model.sizeProperty());
    TableView<QueryRecords.ReorgRecord> reorgs = reorgTable(model, i18n);
    Label reorgTitle = new Label(i18n.get("explorer.index.reorgs"));
    reorgTitle.getStyleClass().add("title-4");
    root =
        new VBox(
            8,
            network,
            buttons,
            options,
            new io.abacus.app.labels.LabelFilesBar(model.labelFiles(), i18n).root(),
            bar,
            new HBox(16, status, rates, eta),
            coverage,
            size,
            errorLabel("explorer-index-error", model.errorProperty()),
            reorgTitle,
            reorgs);
    VBox.setVgrow(reorgs, Priority.ALWAYS);
    if (model.readOnly()) { // a read-only shared index: the app never writes it
      for (javafx.scene.Node n : new javafx.scene.Node[] {buttons, options, bar}) {
        n.setVisible(false);
        n.setManaged(false);
      }
      status.textProperty().unbind();
      status.setText(i18n.get("explorer.index.readOnly"));
    }
    if (source != null) {
      root.getChildren().add(2, new IndexSourceForm(source, i18n).root());
    }
    // An empty "Reorgs rolled back" table took most of the first explorer screen: shown only
    // once there is one.
    io.abacus.app.explorer.ExplorerUi.collapseWhenEmpty(reorgs.getItems(), reorgTitle, reorgs);
    model.refresh();
  }

  private static Label bound(String id, javafx.beans.value.ObservableStringValue text) {
    Label l = new Label();
    l.setId(id);
    l.textProperty().bind(text);
    return l;
  }

  private static TableView<QueryRecords.ReorgRecord> reorgTable(
      IndexManagerViewModel model, I18n i18n) {
    TableView<QueryRecords.ReorgRecord> table = new TableView<>(model.reorgs());
    table.setId("explorer-index-reorgs");
    table.setPlaceholder(new Label(i18n.get("explorer.index.noReorgs")));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    TableColumn<QueryRecords.ReorgRecord, String> when =
        new TableColumn<>(i18n.get("explorer.col.time"));
    when.setCellValueFactory(
        c -> new ReadOnlyStringWrapper(Formats.time(c.getValue().detectedAt())));
    TableColumn<QueryRecords.ReorgRecord, Long> height =
        new TableColumn<>(i18n.get("explorer.col.height"));
    height.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().height()));
    TableColumn<QueryRecords.ReorgRecord, Long> depth =
        new TableColumn<>(i18n.get("explorer.col.depth"));
    depth.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().depth()));
    TableColumn<QueryRecords.ReorgRecord, String> old =
        new TableColumn<>(i18n.get("explorer.col.oldHash"));
    old.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().oldHash()));
    TableColumn<QueryRecords.ReorgRecord, String> now =
        new TableColumn<>(i18n.get("explorer.col.newHash"));
    now.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().newHash()));
    table.getColumns().addAll(java.util.List.of(when, height, depth, old, now));
    table.setPrefHeight(180);
    return table;
  }

  public Node root() {
    return root;
  }
}
