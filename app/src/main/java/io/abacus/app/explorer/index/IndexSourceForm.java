package io.abacus.app.explorer.index;

import io.abacus.app.explorer.SharedIndex;
import io.abacus.app.i18n.I18n;
import io.abacus.app.ui.Controls;
import java.io.File;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The small form of the index page: a file on this computer or a shared PostgreSQL index. */
final class IndexSourceForm {
  private final TitledPane root;

  IndexSourceForm(IndexSourceViewModel model, I18n i18n) {
    ToggleGroup kind = new ToggleGroup();
    RadioButton file = new RadioButton(i18n.get("explorer.index.source.file"));
    file.setId("explorer-index-source-file");
    file.setToggleGroup(kind);
    RadioButton shared = new RadioButton(i18n.get("explorer.index.source.shared"));
    shared.setId("explorer-index-source-shared");
    shared.setToggleGroup(kind);
    shared.setSelected(model.useSharedProperty().get());
    file.setSelected(!model.useSharedProperty().get());
    shared.selectedProperty().bindBidirectional(model.useSharedProperty());
    GridPane grid = Controls.formGrid();
    int row = 0;
    grid.addRow(
        row++,
        new Label(i18n.get("explorer.index.shared.host")),
        Controls.textField("explorer-index-host", model.hostProperty(), 20));
    grid.addRow(
        row++,
        new Label(i18n.get("explorer.index.shared.port")),
        Controls.textField("explorer-index-port", model.portProperty(), 6));
    grid.addRow(
        row++,
        new Label(i18n.get("explorer.index.shared.database")),
        Controls.textField("explorer-index-database", model.databaseProperty(), 20));
    grid.addRow(
        row++,
        new Label(i18n.get("explorer.index.shared.user")),
        Controls.textField("explorer-index-user", model.userProperty(), 20));
    PasswordField password = new PasswordField();
    password.setId("explorer-index-password");
    password.setPromptText(i18n.get("explorer.index.shared.passwordKept"));
    password.textProperty().bindBidirectional(model.passwordProperty());
    grid.addRow(row++, new Label(i18n.get("explorer.index.shared.password")), password);
    CheckBox readOnly = new CheckBox(i18n.get("explorer.index.shared.readOnly"));
    readOnly.setId("explorer-index-readonly");
    readOnly.selectedProperty().bindBidirectional(model.readOnlyProperty());
    grid.add(readOnly, 1, row++);
    ComboBox<String> sslMode = new ComboBox<>();
    sslMode.setId("explorer-index-sslmode");
    sslMode.getItems().setAll(SharedIndex.SSL_MODES);
    sslMode.setConverter(Controls.converter(m -> i18n.get("explorer.index.shared.sslMode." + m)));
    sslMode.valueProperty().bindBidirectional(model.sslModeProperty());
    grid.addRow(row++, new Label(i18n.get("explorer.index.shared.sslMode")), sslMode);
    Button choose = new Button(i18n.get("explorer.index.shared.sslRootCert.choose"));
    choose.setId("explorer-index-sslrootcert-choose");
    choose.setOnAction(e -> chooseRootCert(model, choose));
    grid.addRow(
        row,
        new Label(i18n.get("explorer.index.shared.sslRootCert")),
        new HBox(
            8,
            Controls.textField("explorer-index-sslrootcert", model.sslRootCertProperty(), 20),
            choose));
    Controls.fitLabels(grid);
    grid.disableProperty().bind(model.useSharedProperty().not());
    Button apply = new Button(i18n.get("explorer.index.source.apply"));
    apply.setId("explorer-index-source-apply");
    apply.disableProperty().bind(model.busyProperty());
    apply.setOnAction(e -> model.apply());
    VBox body =
        new VBox(
            8,
            new HBox(16, file, shared),
            grid,
            apply,
            Controls.errorLabel("explorer-index-source-error", model.errorProperty()));
    root = new TitledPane(i18n.get("explorer.index.source"), body);
    root.setId("explorer-index-source");
    root.setExpanded(model.useSharedProperty().get());
  }

  Node root() {
    return root;
  }

  private static void chooseRootCert(IndexSourceViewModel model, Node owner) {
    FileChooser chooser = new FileChooser();
    File picked =
        chooser.showOpenDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
    if (picked != null) {
      model.sslRootCertProperty().set(picked.getAbsolutePath());
    }
  }
}
