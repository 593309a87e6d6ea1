package io.abacus.app.payments.send;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.Asset;
import io.abacus.app.payments.Layout;
import io.abacus.app.ui.Controls;
import io.abacus.wallet.contacts.Contact;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The Send page: form, review with password, and progress to confirmed. */
public final class SendView {
  private final SendViewModel model;
  private final SendForm form;
  private final I18n i18n;
  private final VBox root;
  private final PayerPane payerPane;

  public SendView(SendViewModel model, I18n i18n) {
    this.model = model;
    this.form = model.form();
    this.i18n = i18n;
    this.payerPane = new PayerPane(model.payer(), i18n);
    Node formPane = formPane();
    Node reviewPane = new SendReviewPane(model, i18n).root();
    Node progressPane = new SentPane(model, i18n).root();
    formPane.visibleProperty().bind(model.stageProperty().isEqualTo(SendStage.FORM));
    reviewPane.visibleProperty().bind(model.stageProperty().isEqualTo(SendStage.REVIEW));
    progressPane
        .visibleProperty()
        .bind(
            model
                .stageProperty()
                .isNotEqualTo(SendStage.FORM)
                .and(model.stageProperty().isNotEqualTo(SendStage.REVIEW)));
    for (Node n : new Node[] {formPane, reviewPane, progressPane}) {
      n.managedProperty().bind(n.visibleProperty());
    }
    Label error = Controls.errorLabel("send-error", model.errorProperty());
    Label quoteError = Controls.errorLabel("send-quote-error", model.quotes().errorProperty());
    VBox content =
        new VBox(12, new StackPane(formPane, reviewPane, progressPane), error, quoteError);
    content.setPadding(new Insets(0, 16, 8, 0));
    javafx.scene.control.ScrollPane scroll = Layout.scrolling(content);
    VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
    root = new VBox(scroll);
    root.setId("send-page");
    root.sceneProperty()
        .addListener(
            (o, a, b) -> {
              if (b != null && model.stageProperty().get() == SendStage.FORM) {
                model.load();
              }
            });
    root.setPadding(new Insets(4, 0, 0, 0));
    model.load();
  }

  public VBox root() {
    return root;
  }

  private Node formPane() {
    GridPane grid = Layout.formGrid();
    TextField to = Controls.textField("send-recipient", form.recipient, 30);
    to.setPromptText(i18n.get("send.recipient.prompt"));
    ListView<Contact> suggestions = new ListView<>(form.suggestions);
    suggestions.setId("send-suggestions");
    suggestions.setPrefHeight(120);
    suggestions.visibleProperty().bind(Bindings.isNotEmpty(form.suggestions));
    suggestions.managedProperty().bind(suggestions.visibleProperty());
    suggestions.setCellFactory(
        l ->
            new javafx.scene.control.ListCell<>() {
              @Override
              protected void updateItem(Contact c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.name() + "  " + c.address());
              }
            });
    suggestions.setOnMouseClicked(e -> pick(suggestions));
    suggestions.setOnKeyPressed(
        e -> {
          if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
            pick(suggestions);
          }
        });
    Label name = new Label();
    name.setId("send-recipient-name");
    name.textProperty().bind(form.recipientName);
    name.getStyleClass().add("success");
    Label toError = Controls.errorLabel("send-recipient-error", form.recipientError);
    for (Label l : new Label[] {name, toError}) {
      l.managedProperty().bind(l.textProperty().isNotEmpty());
    }
    VBox toBox = new VBox(4, to, suggestions, name, toError);

    ComboBox<Asset> asset = new ComboBox<>(form.assets);
    asset.setId("send-asset");
    asset.valueProperty().bindBidirectional(form.asset);
    asset.setConverter(Controls.converter(model.payer()::pickerText));
    payerPane.decorate(asset);
    asset.valueProperty().addListener((o, a, b) -> model.quotes().refresh());

    TextField tokenField = Controls.textField("send-token-address", form.tokenAddress, 24);
    tokenField.setPromptText(i18n.get("send.token.prompt"));
    Button addToken = new Button(i18n.get("send.token.add"));
    addToken.setId("send-add-token");
    addToken.disableProperty().bind(form.tokenAddress.isEmpty());
    addToken.setOnAction(e -> model.addToken());
    VBox assetBox =
        new VBox(
            4,
            new HBox(8, asset, tokenField, Layout.whole(addToken)),
            Controls.errorLabel("send-token-error", form.tokenError));

    TextField amount = Controls.textField("send-amount", form.amount, 16);
    Button max = new Button(i18n.get("send.max"));
    max.setId("send-max");
    max.setOnAction(e -> model.fillMax());
    VBox amountBox =
        new VBox(
            4,
            new HBox(8, amount, Layout.whole(max)),
            Controls.errorLabel("send-amount-error", form.amountError));

    Label net = new Label();
    net.setId("send-network");
    net.textProperty().bind(model.quotes().networkProperty());

    Button review = new Button(i18n.get("send.review"));
    review.setId("send-review");
    review.setDefaultButton(true);
    review.disableProperty().bind(model.busyProperty());
    review.setOnAction(e -> model.review());
    ProgressIndicator spin = spinner();
    Label msg = new Label();
    msg.textProperty().bind(model.messageProperty());

    int r = 0;
    grid.addRow(r++, new Label(i18n.get("send.from")), payerPane.root());
    grid.addRow(r++, new Label(i18n.get("send.recipient")), toBox);
    grid.addRow(r++, new Label(i18n.get("send.asset")), assetBox);
    grid.addRow(r++, new Label(i18n.get("send.amount")), amountBox);
    grid.addRow(r++, new Label(i18n.get("send.fee")), feeBox());
    grid.addRow(r++, new Label(i18n.get("send.network")), net);
    Button stop = new Button(i18n.get("send.cancelCheck"));
    stop.setId("send-cancel-check");
    stop.visibleProperty().bind(model.busyProperty());
    stop.managedProperty().bind(stop.visibleProperty());
    stop.setOnAction(e -> model.cancel());
    grid.add(new HBox(12, review, spin, msg, stop), 1, r);
    return grid;
  }

  private void pick(ListView<Contact> list) {
    Contact c = list.getSelectionModel().getSelectedItem();
    if (c != null) {
      form.choose(c);
    }
  }

  private Node feeBox() {
    ToggleGroup group = new ToggleGroup();
    VBox box = new VBox(6);
    for (FeeChoice c : FeeChoice.values()) {
      RadioButton b = new RadioButton(i18n.get("send.fee." + c.name()));
      b.setId("send-fee-" + c.name().toLowerCase(java.util.Locale.ROOT));
      b.setToggleGroup(group);
      b.setUserData(c);
      b.setSelected(form.fee.get() == c);
      Label cost = new Label();
      cost.getStyleClass().add("text-muted");
      cost.textProperty().bind(model.quotes().cost(c));
      box.getChildren().add(new HBox(10, b, cost));
    }
    group
        .selectedToggleProperty()
        .addListener(
            (o, a, t) -> form.fee.set(t == null ? FeeChoice.NORMAL : (FeeChoice) t.getUserData()));
    form.fee.addListener(
        (o, a, c) ->
            group.getToggles().stream()
                .filter(t -> t.getUserData() == c)
                .findFirst()
                .ifPresent(t -> t.setSelected(true)));
    TextField maxFee = Controls.textField("send-custom-maxfee", form.customMaxFeeGwei, 8);
    TextField tip = Controls.textField("send-custom-tip", form.customTipGwei, 8);
    tip.disableProperty().bind(form.eip1559.not());
    HBox custom =
        new HBox(
            8,
            new Label(i18n.get("send.fee.maxFee")),
            maxFee,
            new Label(i18n.get("send.fee.tip")),
            tip);
    custom.visibleProperty().bind(form.fee.isEqualTo(FeeChoice.CUSTOM));
    custom.managedProperty().bind(custom.visibleProperty());
    box.getChildren().addAll(custom, Controls.errorLabel("send-fee-error", form.feeError));
    return box;
  }

  private ProgressIndicator spinner() {
    ProgressIndicator p = new ProgressIndicator();
    p.setPrefSize(20, 20);
    p.visibleProperty().bind(model.busyProperty());
    return p;
  }
}
