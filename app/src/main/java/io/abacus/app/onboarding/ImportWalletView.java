package io.abacus.app.onboarding;

import io.abacus.app.i18n.I18n;
import io.abacus.app.onboarding.ImportWalletViewModel.Source;
import io.abacus.app.ui.Controls;
import java.io.File;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** A new wallet from a keystore file, a private key, or a watched address. */
final class ImportWalletView {
  private final ImportWalletViewModel model;
  private final I18n i18n;
  private final WalletFormFields fields = new WalletFormFields();
  private final PasswordField secret = new PasswordField();
  private final VBox root;

  ImportWalletView(ImportWalletViewModel model, I18n i18n) {
    this.model = model;
    this.i18n = i18n;
    String key = key(model.source());
    String prefix = model.source() == Source.WATCH ? "watch" : "import";
    GridPane source = Controls.fitLabels(Controls.formGrid());
    switch (model.source()) {
      case KEYSTORE -> {
        Button browse = new Button(i18n.get("gate.import.browse"));
        browse.setId("import-keystore-browse");
        browse.setOnAction(e -> browse());
        source.addRow(
            0,
            new Label(i18n.get("gate.field.keystoreFile")),
            new HBox(
                8,
                Controls.textField("import-keystore-file", model.keystoreFileProperty(), 28),
                browse));
        secret.setId("import-keystore-password");
        source.addRow(1, new Label(i18n.get("gate.field.keystorePassword")), secret);
      }
      case PRIVATE_KEY -> {
        secret.setId("import-private-key");
        secret.setPrefColumnCount(40);
        source.addRow(0, new Label(i18n.get("gate.field.privateKey")), secret);
      }
      case WATCH ->
          source.addRow(
              0,
              new Label(i18n.get("gate.field.address")),
              Controls.textField("watch-address", model.watchAddressProperty(), 40));
    }
    source.addRow(
        2,
        new Label(i18n.get("gate.field.accountName")),
        Controls.textField(prefix + "-account-name", model.accountNameProperty(), 20));
    GridPane wallet = Controls.fitLabels(Controls.formGrid());
    fields.addTo(
        wallet, prefix, model.nameProperty(), model.strengthProperty(), model::passwordTyped, i18n);
    fields.focusPasswordOnError(model.errorProperty(), model.busyProperty());
    Button go = new Button(i18n.get("gate." + key + ".button"));
    go.setId(prefix + "-button");
    go.setOnAction(
        e ->
            model.importWallet(
                WalletFormFields.take(fields.password),
                WalletFormFields.take(fields.confirm),
                WalletFormFields.take(secret)));
    Label intro = new Label(i18n.get("gate." + key + ".intro"));
    intro.setWrapText(true);
    intro.getStyleClass().add("text-muted");
    root =
        new VBox(
            12,
            Controls.section(i18n.get("gate." + key + ".title"), intro),
            source,
            Controls.section(i18n.get("gate.import.walletTitle"), wallet),
            WalletFormFields.busyRow(go, model.busyProperty()),
            Controls.errorLabel(prefix + "-error", model.errorProperty()));
  }

  private static String key(Source source) {
    return switch (source) {
      case KEYSTORE -> "keystore";
      case PRIVATE_KEY -> "privateKey";
      case WATCH -> "watch";
    };
  }

  Node root() {
    return root;
  }

  private void browse() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(i18n.get("gate.field.keystoreFile"));
    // The home folder, not the folder Abacus was started from (issue 13).
    chooser.setInitialDirectory(io.abacus.app.ui.RecentFolder.home().toFile());
    File file = chooser.showOpenDialog(root.getScene().getWindow());
    if (file != null) {
      model.keystoreFileProperty().set(file.getAbsolutePath());
    }
  }
}
