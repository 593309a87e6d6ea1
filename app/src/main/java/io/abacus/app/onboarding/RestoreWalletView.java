package io.abacus.app.onboarding;

import io.abacus.app.i18n.I18n;
import io.abacus.app.ui.Controls;
import io.abacus.wallet.hd.PathPreset;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Restore from recovery words, with word suggestions as the user types. */
final class RestoreWalletView {
  private final RestoreWalletViewModel model;
  private final I18n i18n;
  private final WalletFormFields fields = new WalletFormFields();
  private final PasswordField passphrase = new PasswordField();
  private final TextArea phrase = new TextArea();
  private final FlowPane suggestions = new FlowPane(6, 6);
  private final VBox root;

  RestoreWalletView(RestoreWalletViewModel model, I18n i18n) {
    this.model = model;
    this.i18n = i18n;
    phrase.setId("restore-phrase");
    phrase.setWrapText(true);
    phrase.setPrefRowCount(3);
    phrase.setPrefColumnCount(28);
    phrase.setPromptText(i18n.get("gate.restore.phrasePrompt"));
    phrase.textProperty().bindBidirectional(model.phraseProperty());
    phrase.caretPositionProperty().addListener((o, a, b) -> model.typing(b.intValue()));
    phrase.textProperty().addListener((o, a, b) -> model.typing(phrase.getCaretPosition()));
    phrase.addEventFilter(KeyEvent.KEY_PRESSED, this::tabCompletes);
    suggestions.setId("restore-suggestions");
    model.suggestions().addListener((ListChangeListener<String>) c -> fillSuggestions());
    root = new VBox(12, Controls.section(i18n.get("gate.restore.title"), intro()), form());
  }

  Node root() {
    return root;
  }

  private Label intro() {
    Label text = new Label(i18n.get("gate.restore.intro"));
    text.setWrapText(true);
    text.getStyleClass().add("text-muted");
    return text;
  }

  private HBox form() {
    Label hint = new Label();
    hint.setId("restore-hint");
    hint.getStyleClass().add("text-muted");
    hint.textProperty().bind(model.wordHintProperty());
    GridPane grid = Controls.fitLabels(Controls.formGrid());
    grid.addRow(0, new Label(i18n.get("gate.field.phrase")), phrase);
    grid.add(suggestions, 1, 1);
    grid.add(hint, 1, 2);
    passphrase.setId("restore-passphrase");
    passphrase.setPromptText(i18n.get("gate.restore.passphrasePrompt"));
    grid.addRow(3, new Label(i18n.get("gate.field.passphrase")), passphrase);
    ComboBox<PathPreset> preset =
        new ComboBox<>(FXCollections.observableArrayList(PathPreset.values()));
    preset.setId("restore-preset");
    preset.setConverter(Controls.converter(p -> i18n.get("gate.preset." + p.id())));
    preset.valueProperty().bindBidirectional(model.presetProperty());
    grid.addRow(4, new Label(i18n.get("gate.field.preset")), preset);
    Spinner<Integer> count = new Spinner<>(1, 20, model.accountCountProperty().get());
    count.setId("restore-count");
    count.setEditable(true);
    count.valueProperty().addListener((o, a, b) -> model.accountCountProperty().set(b));
    grid.addRow(5, new Label(i18n.get("gate.field.accountCount")), count);
    GridPane wallet = Controls.fitLabels(Controls.formGrid());
    fields.addTo(
        wallet,
        "restore",
        model.nameProperty(),
        model.strengthProperty(),
        model::passwordTyped,
        i18n);
    fields.focusPasswordOnError(model.errorProperty(), model.busyProperty());
    Button restore = new Button(i18n.get("gate.restore.button"));
    restore.setId("restore-button");
    restore.setOnAction(
        e ->
            model.restore(
                WalletFormFields.take(fields.password),
                WalletFormFields.take(fields.confirm),
                WalletFormFields.take(passphrase)));
    Node error = Controls.errorLabel("restore-error", model.errorProperty());
    VBox right =
        new VBox(
            12,
            Controls.section(i18n.get("gate.restore.walletTitle"), wallet),
            WalletFormFields.busyRow(restore, model.busyProperty()),
            error);
    right.setMinWidth(300);
    HBox.setHgrow(grid, javafx.scene.layout.Priority.ALWAYS);
    return new HBox(24, grid, right);
  }

  /** Tab takes the first suggestion; with none it moves on (a text area would insert a tab). */
  private void tabCompletes(KeyEvent e) {
    if (e.getCode() != KeyCode.TAB || e.isShiftDown() || e.isControlDown()) {
      return;
    }
    if (model.suggestions().isEmpty()) {
      passphrase.requestFocus();
    } else {
      complete(model.suggestions().get(0));
    }
    e.consume();
  }

  private void complete(String word) {
    int caret = model.complete(word, phrase.getCaretPosition());
    phrase.positionCaret(caret);
    phrase.requestFocus();
  }

  private void fillSuggestions() {
    suggestions.getChildren().clear();
    for (String word : model.suggestions()) {
      Button b = new Button(word);
      b.setId("restore-suggestion-" + word);
      b.getStyleClass().addAll("small", "button-outlined");
      b.setFocusTraversable(false);
      b.setOnAction(e -> complete(word));
      suggestions.getChildren().add(b);
    }
  }
}
