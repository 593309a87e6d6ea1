package io.abacus.app.messages;

import io.abacus.app.i18n.I18n;
import io.abacus.app.messages.MessagesViewModel.Kind;
import io.abacus.app.ui.Controls;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Sign and verify messages and typed data. */
public final class MessagesView {
  private final MessagesViewModel model;
  private final I18n i18n;
  private final ScrollPane root;

  public MessagesView(MessagesViewModel model, I18n i18n) {
    this.model = model;
    this.i18n = i18n;
    VBox body = new VBox(16, signSection(), verifySection());
    body.setPadding(new javafx.geometry.Insets(0, 24, 12, 0));
    root = new ScrollPane(body);
    root.setId("messages-page");
    root.setFitToWidth(true);
    root.getStyleClass().add("edge-to-edge");
  }

  public Node root() {
    return root;
  }

  private Node signSection() {
    ComboBox<Kind> kind = new ComboBox<>(FXCollections.observableArrayList(Kind.values()));
    kind.setId("sign-kind");
    kind.setConverter(
        Controls.converter(k -> i18n.get("sign.kind." + k.name().toLowerCase(Locale.ROOT))));
    kind.valueProperty().bindBidirectional(model.kindProperty());
    TextArea message = new TextArea();
    message.setId("sign-message");
    message.setPrefRowCount(3);
    message.setWrapText(true);
    message.textProperty().bindBidirectional(model.messageProperty());
    TextArea preview = readOnly("sign-preview", 5);
    preview.textProperty().bind(model.previewProperty());
    Label signer = new Label();
    signer.setId("sign-signer");
    signer.getStyleClass().add("text-bold");
    signer.textProperty().bind(model.signerProperty());
    TextField signature = new TextField();
    signature.setId("sign-signature");
    signature.setEditable(false);
    signature.textProperty().bind(model.signatureProperty());
    Button sign = new Button(i18n.get("sign.button"));
    sign.setId("sign-button");
    sign.setDefaultButton(true);
    sign.disableProperty().bind(model.busyProperty());
    sign.setOnAction(e -> model.sign());
    Button copy = new Button(i18n.get("sign.copy"));
    copy.setId("sign-copy");
    copy.disableProperty().bind(model.signatureProperty().isEmpty());
    copy.setOnAction(e -> copy(model.signatureProperty().get()));
    GridPane grid = Controls.formGrid();
    grid.addRow(0, new Label(i18n.get("sign.field.kind")), kind);
    grid.addRow(1, new Label(i18n.get("sign.field.message")), message);
    grid.addRow(2, new Label(i18n.get("sign.field.preview")), preview);
    grid.addRow(3, new Label(i18n.get("sign.field.signer")), signer);
    grid.addRow(4, new Label(), new HBox(8, sign, copy));
    grid.addRow(5, new Label(i18n.get("sign.field.signature")), signature);
    grid.add(Controls.errorLabel("sign-error", model.errorProperty()), 1, 6);
    grow(grid);
    return Controls.section(i18n.get("sign.title"), grid);
  }

  private Node verifySection() {
    TextField signature =
        Controls.textField("verify-signature", model.verifySignatureProperty(), 60);
    Button verify = new Button(i18n.get("verify.button"));
    verify.setId("verify-button");
    verify.setOnAction(e -> model.verify());
    Label result = new Label();
    result.setId("verify-result");
    result.setWrapText(true);
    result.getStyleClass().add("success");
    result.textProperty().bind(model.verifyResultProperty());
    Label intro = new Label(i18n.get("verify.intro"));
    intro.setWrapText(true);
    intro.getStyleClass().add("text-muted");
    GridPane grid = Controls.formGrid();
    grid.add(intro, 0, 0, 2, 1);
    grid.addRow(1, new Label(i18n.get("sign.field.signature")), signature);
    grid.addRow(2, new Label(), verify);
    grid.addRow(3, new Label(), result);
    grid.add(Controls.errorLabel("verify-error", model.verifyErrorProperty()), 1, 4);
    grow(grid);
    return Controls.section(i18n.get("verify.title"), grid);
  }

  private static void grow(GridPane grid) {
    // Both forms of the page share one label width, so their fields line up.
    Controls.fitLabels(grid).getColumnConstraints().get(0).setPrefWidth(130);
    grid.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
  }

  private static TextArea readOnly(String id, int rows) {
    TextArea area = new TextArea();
    area.setId(id);
    area.setEditable(false);
    area.setWrapText(true);
    area.setPrefRowCount(rows);
    return area;
  }

  private static void copy(String text) {
    ClipboardContent content = new ClipboardContent();
    content.putString(text);
    Clipboard.getSystemClipboard().setContent(content);
  }
}
