package io.abacus.app.onboarding;

import io.abacus.app.i18n.I18n;
import io.abacus.app.ui.Controls;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Choose a wallet, type its password, unlock. */
final class UnlockView {
  private final UnlockViewModel model;
  private final PasswordField password = new PasswordField();
  private final VBox root;

  UnlockView(UnlockViewModel model, I18n i18n) {
    this.model = model;
    ComboBox<String> wallets = new ComboBox<>(model.wallets());
    wallets.setId("unlock-wallet");
    wallets.valueProperty().bindBidirectional(model.walletProperty());
    password.setId("unlock-password");
    password.disableProperty().bind(model.busyProperty());
    Button unlock = new Button(i18n.get("gate.unlock.button"));
    unlock.setId("unlock-button");
    unlock.setOnAction(e -> submit());
    password.setOnAction(e -> submit());
    Label checking = new Label(i18n.get("gate.unlock.checking"));
    checking.visibleProperty().bind(model.busyProperty());
    GridPane grid = Controls.fitLabels(Controls.formGrid());
    wallets.setPrefWidth(260);
    password.setPrefColumnCount(20);
    grid.addRow(0, new Label(i18n.get("gate.field.wallet")), wallets);
    grid.addRow(1, new Label(i18n.get("gate.field.password")), password);
    root =
        new VBox(
            12,
            Controls.section(i18n.get("gate.unlock.title"), grid),
            WalletFormFields.busyRow(unlock, model.busyProperty(), checking),
            Controls.errorLabel("unlock-error", model.errorProperty()));
    model
        .errorProperty()
        .addListener(
            (o, a, b) -> {
              if (!b.isEmpty()) {
                password.requestFocus();
              }
            });
    model.recoveryProperty().addListener((o, a, text) -> askAboutBackup(text, i18n));
  }

  /** The damaged-file dialog: use the backup, or leave everything as it is. */
  private void askAboutBackup(String text, I18n i18n) {
    if (text.isEmpty()) {
      return;
    }
    ButtonType use = new ButtonType(i18n.get("gate.recovery.accept"), ButtonData.OK_DONE);
    Alert alert = new Alert(Alert.AlertType.WARNING, text, use, ButtonType.CANCEL);
    alert.setHeaderText(i18n.get("gate.recovery.title"));
    alert.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
    alert.setOnHidden(
        e -> {
          if (alert.getResult() == use) {
            model.acceptBackup();
          } else {
            model.declineBackup();
          }
        });
    alert.show();
  }

  private void submit() {
    model.unlock(WalletFormFields.take(password));
  }

  Node root() {
    return root;
  }

  void focus() {
    password.requestFocus();
  }
}
