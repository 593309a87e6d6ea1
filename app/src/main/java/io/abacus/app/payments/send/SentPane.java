package io.abacus.app.payments.send;

import io.abacus.app.i18n.I18n;
import io.abacus.app.ui.AddressView;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Send page after "Sign and send": progress, the transaction hash (selectable, with Copy and
 * "Open in explorer") and its confirmations.
 */
final class SentPane {
  private final SendViewModel model;
  private final I18n i18n;

  SentPane(SendViewModel model, I18n i18n) {
    this.model = model;
    this.i18n = i18n;
  }

  Node root() {
    ProgressIndicator spin = new ProgressIndicator();
    spin.setId("send-progress");
    spin.setPrefSize(36, 36);
    spin.visibleProperty()
        .bind(
            model
                .stageProperty()
                .isEqualTo(SendStage.SENDING)
                .or(model.stageProperty().isEqualTo(SendStage.PENDING)));
    spin.managedProperty().bind(spin.visibleProperty());
    Label status = new Label();
    status.setId("send-status");
    status.setWrapText(true);
    status.textProperty().bind(model.messageProperty());
    Label confirmations = new Label();
    confirmations.setId("send-confirmations");
    confirmations.textProperty().bind(model.sent().confirmationsTextProperty());
    Button stop = new Button(i18n.get("send.stopFollowing"));
    stop.setId("send-stop");
    // Not while signing and broadcasting: a send cut short could leave its outcome unknown.
    stop.visibleProperty()
        .bind(model.busyProperty().and(model.stageProperty().isEqualTo(SendStage.PENDING)));
    stop.setOnAction(e -> model.cancel());
    Button again = new Button(i18n.get("send.new"));
    again.setId("send-new");
    again.disableProperty().bind(model.busyProperty());
    again.setOnAction(e -> model.newPayment());
    return new VBox(
        10, new HBox(12, spin, status), hash(), confirmations, new HBox(12, again, stop));
  }

  /** The hash in a read-only field (so it can be selected), Copy and "Open in explorer". */
  private Node hash() {
    TextField hash = new TextField();
    hash.setId("send-hash");
    hash.setEditable(false);
    hash.setStyle(AddressView.MONOSPACE);
    hash.setPrefColumnCount(64);
    hash.textProperty().bind(model.sent().hashProperty());
    HBox.setHgrow(hash, Priority.ALWAYS);
    Button copy =
        AddressView.copyButton(
            "send-hash-copy", model.sent().hashProperty(), i18n.get("send.hash.copy"));
    Button open = new Button(i18n.get("send.openInExplorer"), new FontIcon(Feather.EXTERNAL_LINK));
    open.setId("send-open-explorer");
    open.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    open.setVisible(model.sent().canOpenInExplorer());
    open.managedProperty().bind(open.visibleProperty());
    open.setOnAction(e -> model.sent().openInExplorer());
    HBox buttons = new HBox(8, copy, open);
    Label title = new Label(i18n.get("send.hash"));
    title.getStyleClass().add("text-bold");
    VBox box = new VBox(4, title, hash, buttons);
    box.visibleProperty().bind(model.sent().hashProperty().isNotEmpty());
    box.managedProperty().bind(box.visibleProperty());
    box.setAlignment(Pos.TOP_LEFT);
    return box;
  }
}
