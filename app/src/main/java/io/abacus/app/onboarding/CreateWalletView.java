package io.abacus.app.onboarding;

import io.abacus.app.i18n.I18n;
import io.abacus.app.onboarding.CreateWalletViewModel.Step;
import io.abacus.app.ui.ClosedListSkin;
import io.abacus.app.ui.Controls;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The create-wallet flow: form, the words shown once, the backup check. */
final class CreateWalletView {
  private final CreateWalletViewModel model;
  private final I18n i18n;
  private final WalletFormFields fields = new WalletFormFields();
  private final GridPane wordGrid = Controls.formGrid();
  private final GridPane checkGrid = Controls.formGrid();
  private final VBox root = new VBox();

  CreateWalletView(CreateWalletViewModel model, I18n i18n) {
    this.model = model;
    this.i18n = i18n;
    Node form = form();
    Node words = words();
    Node check = check();
    // Only the current step is in the scene, so its default button is the one Enter presses.
    model
        .stepProperty()
        .addListener(
            (o, a, b) ->
                root.getChildren().setAll(b == Step.FORM ? form : b == Step.WORDS ? words : check));
    root.getChildren().setAll(form);
    model.words().addListener((ListChangeListener<String>) c -> fillWords());
    model.checkedPositions().addListener((ListChangeListener<Integer>) c -> fillCheck());
  }

  Node root() {
    return root;
  }

  private Node form() {
    GridPane grid = Controls.fitLabels(Controls.formGrid());
    int row =
        fields.addTo(
            grid,
            "create",
            model.nameProperty(),
            model.strengthProperty(),
            model::passwordTyped,
            i18n);
    fields.focusPasswordOnError(model.errorProperty(), model.busyProperty());
    ComboBox<Integer> count = new ComboBox<>(FXCollections.observableArrayList(12, 24));
    count.setId("create-words");
    count.setSkin(new ClosedListSkin<>(count));
    // As wide as the fields above: sized by its list, it would widen when the list first opens.
    count.setMaxWidth(Double.MAX_VALUE);
    count.valueProperty().bindBidirectional(model.wordCountProperty());
    count.setConverter(Controls.converter(n -> i18n.format("gate.create.wordCount", n)));
    grid.addRow(row, new Label(i18n.get("gate.field.words")), count);
    Button next = new Button(i18n.get("gate.create.next"));
    next.setId("create-next");
    next.setDefaultButton(true);
    next.setOnAction(
        e ->
            model.next(
                WalletFormFields.take(fields.password), WalletFormFields.take(fields.confirm)));
    return page(
        i18n.get("gate.create.title"),
        i18n.get("gate.create.intro"),
        grid,
        new HBox(8, next),
        "create-error");
  }

  private Node words() {
    Button written = new Button(i18n.get("gate.create.written"));
    written.setId("create-written");
    written.setDefaultButton(true);
    written.setOnAction(e -> model.wordsWrittenDown());
    Button cancel = cancelButton("create-words-cancel");
    Label warning = new Label(i18n.get("gate.create.wordsWarning"));
    warning.setWrapText(true);
    warning.getStyleClass().add("warning");
    return new VBox(
        12,
        Controls.section(i18n.get("gate.create.wordsTitle"), warning),
        wordGrid,
        new HBox(8, written, cancel));
  }

  private Node check() {
    Button confirm = new Button(i18n.get("gate.create.confirm"));
    confirm.setId("create-confirm-button");
    confirm.setOnAction(e -> model.confirm());
    return page(
        i18n.get("gate.create.checkTitle"),
        i18n.get("gate.create.checkIntro"),
        checkGrid,
        WalletFormFields.busyRow(
            confirm, model.busyProperty(), cancelButton("create-check-cancel")),
        "create-check-error");
  }

  private Button cancelButton(String id) {
    Button cancel = new Button(i18n.get("gate.cancel"));
    cancel.setId(id);
    cancel.setCancelButton(true);
    cancel.setOnAction(e -> model.reset());
    return cancel;
  }

  private VBox page(String title, String intro, Node body, Node buttons, String errorId) {
    Label text = new Label(intro);
    text.setWrapText(true);
    text.getStyleClass().add("text-muted");
    return new VBox(
        12,
        Controls.section(title, text),
        body,
        buttons,
        Controls.errorLabel(errorId, model.errorProperty()));
  }

  private void fillWords() {
    wordGrid.getChildren().clear();
    int n = model.words().size();
    int rows = (n + 3) / 4;
    for (int i = 0; i < n; i++) {
      Label word = new Label((i + 1) + ". " + model.words().get(i));
      word.setId("create-word-" + (i + 1));
      word.getStyleClass().add("text-bold");
      word.setMinWidth(120);
      wordGrid.add(word, i / rows, i % rows);
    }
  }

  private void fillCheck() {
    checkGrid.getChildren().clear();
    for (int i = 0; i < model.checkedPositions().size(); i++) {
      int position = model.checkedPositions().get(i);
      TextField input = Controls.textField("create-check-" + i, model.checkInput(i), 14);
      input.setUserData(position);
      checkGrid.addRow(i, new Label(i18n.format("gate.create.wordNumber", position)), input);
    }
  }
}
