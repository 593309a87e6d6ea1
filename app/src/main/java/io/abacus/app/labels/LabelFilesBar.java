package io.abacus.app.labels;

import io.abacus.app.i18n.I18n;
import java.io.File;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * "Import labels…" and "Export labels…" (BIP-329 JSON Lines) with the outcome beside them; after an
 * import a dialog lists what was done with each line of the file.
 */
public final class LabelFilesBar {
  private final LabelFilesViewModel model;
  private final I18n i18n;
  private final FlowPane root = new FlowPane(8, 4);

  public LabelFilesBar(LabelFilesViewModel model, I18n i18n) {
    this.model = model;
    this.i18n = i18n;
    Label title = new Label(i18n.get("explorer.labels.title"));
    Button importButton = new Button(i18n.get("explorer.labels.import"));
    importButton.setId("explorer-labels-import");
    importButton.disableProperty().bind(model.busyProperty());
    importButton.setOnAction(e -> choose(false).ifPresent(f -> model.importFile(f.toPath())));
    Button exportButton = new Button(i18n.get("explorer.labels.export"));
    exportButton.setId("explorer-labels-export");
    exportButton.disableProperty().bind(model.busyProperty());
    exportButton.setOnAction(e -> choose(true).ifPresent(f -> model.exportFile(f.toPath())));
    for (Button b : new Button[] {importButton, exportButton}) {
      b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    }
    Label status = new Label();
    status.setId("explorer-labels-status");
    status.setWrapText(true);
    status.textProperty().bind(model.statusProperty());
    root.getChildren().addAll(title, importButton, exportButton, status);
    root.setAlignment(Pos.CENTER_LEFT);
    model
        .report()
        .addListener(
            (ListChangeListener<LabelFilesViewModel.Line>)
                c -> {
                  if (!model.report().isEmpty() && root.getScene() != null) {
                    showReport(root.getScene().getWindow());
                  }
                });
  }

  private java.util.Optional<File> choose(boolean save) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(i18n.get(save ? "explorer.labels.export" : "explorer.labels.import"));
    model.folders().applyTo(chooser);
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("BIP-329 (*.jsonl)", "*.jsonl", "*.json"),
            new FileChooser.ExtensionFilter("*", "*"));
    Window w = root.getScene().getWindow();
    if (save) {
      chooser.setInitialFileName("labels.jsonl");
      return java.util.Optional.ofNullable(chooser.showSaveDialog(w));
    }
    return java.util.Optional.ofNullable(chooser.showOpenDialog(w));
  }

  private void showReport(Window owner) {
    ListView<String> lines = new ListView<>();
    lines.setId("explorer-labels-report");
    lines.getItems().setAll(model.report().stream().map(LabelFilesViewModel.Line::text).toList());
    lines.setPrefSize(640, 320);
    Alert dialog = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
    dialog.initOwner(owner);
    dialog.setTitle(i18n.get("explorer.labels.reportTitle"));
    dialog.setHeaderText(model.statusProperty().get());
    dialog.getDialogPane().setContent(lines);
    dialog.setResizable(true);
    dialog.show();
  }

  public Node root() {
    return root;
  }
}
