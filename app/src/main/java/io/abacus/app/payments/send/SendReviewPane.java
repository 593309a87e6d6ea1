package io.abacus.app.payments.send;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.Layout;
import io.abacus.wallet.send.TransactionSummary;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Send page's review: exactly what will be signed, then the password and "Sign and send". */
final class SendReviewPane {
  private final SendViewModel model;
  private final I18n i18n;

  SendReviewPane(SendViewModel model, I18n i18n) {
    this.model = model;
    this.i18n = i18n;
  }

  /** The pane (id {@code send-review-pane}). */
  Node root() {
    GridPane grid = Layout.formGrid();
    String[] keys = {"from", "to", "amount", "fee", "total", "network", "nonce"};
    for (int i = 0; i < keys.length; i++) {
      Label value = new Label();
      value.setId("review-" + keys[i]);
      value.setWrapText(true);
      String key = keys[i];
      value
          .textProperty()
          .bind(
              Bindings.createStringBinding(
                  () -> field(model.summaryProperty().get(), key),
                  model.summaryProperty(),
                  model.totalProperty()));
      Label name = new Label(i18n.get("send.review." + key));
      name.getStyleClass().add("text-bold");
      grid.addRow(i, name, value);
    }
    PasswordField password = new PasswordField();
    password.setId("send-password");
    password.setPromptText(i18n.get("send.password.prompt"));
    Button back = new Button(i18n.get("send.back"));
    back.setId("send-back");
    back.setCancelButton(true);
    back.setOnAction(e -> model.edit());
    Button sign = new Button(i18n.get("send.sign"));
    sign.setId("send-sign");
    sign.setDefaultButton(true);
    sign.disableProperty().bind(model.busyProperty().or(password.textProperty().isEmpty()));
    sign.setOnAction(
        e -> {
          char[] pw = password.getText().toCharArray();
          password.clear();
          model.confirm(pw);
        });
    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(20, 20);
    busy.visibleProperty().bind(model.busyProperty());
    grid.addRow(keys.length, new Label(i18n.get("send.password")), password);
    grid.add(new HBox(12, back, sign, busy), 1, keys.length + 1);
    Label heading = new Label(i18n.get("send.review.heading"));
    heading.getStyleClass().add("title-4");
    VBox pane = new VBox(10, heading, grid);
    pane.setId("send-review-pane");
    return pane;
  }

  private String field(TransactionSummary s, String key) {
    if (s == null) {
      return "";
    }
    return switch (key) {
      case "from" -> s.from().toString();
      case "to" ->
          s.to() == null
              ? ""
              : model.labelOf(s.to()).map(n -> s.to() + "  (" + n + ")").orElse(s.to().toString());
      case "amount" -> s.amount() + " " + s.asset();
      case "fee" ->
          s.feeMin().equals(s.feeMax())
              ? s.feeMax() + " " + s.currency()
              : i18n.format("send.review.feeRange", s.feeMin(), s.feeMax(), s.currency());
      case "total" -> model.totalProperty().get();
      case "network" -> s.network();
      default -> s.nonce().toString();
    };
  }
}
