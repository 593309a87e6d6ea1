package io.abacus.app.payments.send;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.Asset;
import io.abacus.app.payments.Layout;
import io.abacus.app.ui.AddressView;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.send.TransactionSummary;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Send page's review: warnings about the recipient, exactly what will be signed, how the paying
 * account's balances change, then the password and "Sign and send".
 */
final class SendReviewPane {
  private static final double ADDRESS_WIDTH = 480;
  private final SendViewModel model;
  private final ReviewState state;
  private final I18n i18n;

  SendReviewPane(SendViewModel model, I18n i18n) {
    this.model = model;
    this.state = model.reviewed();
    this.i18n = i18n;
  }

  /** The pane (id {@code send-review-pane}). */
  Node root() {
    GridPane grid = Layout.formGrid();
    int r = 0;
    Label fromName = text("review-from-name");
    fromName.textProperty().bind(summaryText(s -> payerName(s.from())));
    grid.addRow(
        r++, name("from"), new VBox(4, fromName, address("review-from", TransactionSummary::from)));
    Label toName = text("review-to-name");
    toName.textProperty().bind(summaryText(s -> toName(s.to())));
    toName.managedProperty().bind(toName.textProperty().isNotEmpty());
    grid.addRow(r++, name("to"), new VBox(4, address("review-to", TransactionSummary::to), toName));
    grid.addRow(r++, name("change"), changes());
    String[] keys = {"amount", "fee", "total", "network", "nonce"};
    for (String key : keys) {
      Label value = text("review-" + key);
      value.textProperty().bind(summaryText(s -> field(s, key)));
      grid.addRow(r++, name(key), value);
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
    grid.addRow(r++, new Label(i18n.get("send.password")), password);
    grid.add(new HBox(12, back, sign, busy), 1, r);
    Label heading = new Label(i18n.get("send.review.heading"));
    heading.getStyleClass().add("title-4");
    heading.setWrapText(true);
    VBox pane = new VBox(10, heading, warnings(), grid);
    pane.setId("send-review-pane");
    return pane;
  }

  private Label name(String key) {
    Label name = new Label(i18n.get("send.review." + key));
    name.getStyleClass().add("text-bold");
    name.setMinWidth(Region.USE_PREF_SIZE);
    return name;
  }

  private static Label text(String id) {
    Label value = new Label();
    value.setId(id);
    value.setWrapText(true);
    value.setMinHeight(Region.USE_PREF_SIZE);
    return value;
  }

  private StringBinding summaryText(Function<TransactionSummary, String> f) {
    return Bindings.createStringBinding(
        () -> state.summaryProperty().get() == null ? "" : f.apply(state.summaryProperty().get()),
        state.summaryProperty(),
        state.totalProperty());
  }

  private Node address(String id, Function<TransactionSummary, Address> part) {
    return AddressView.full(
        id,
        summaryText(s -> part.apply(s) == null ? "" : part.apply(s).toString()),
        i18n.get("send.from.copy"),
        ADDRESS_WIDTH,
        true);
  }

  private String payerName(Address from) {
    return model.payer().accounts().stream()
        .filter(a -> a.address().equals(from))
        .findFirst()
        .map(a -> model.payer().name(a))
        .orElse("");
  }

  private String toName(Address to) {
    return to == null ? "" : model.labelOf(to).map(n -> "✓ " + n).orElse("");
  }

  /** One line per balance change, e.g. "−1.5 ETH" and "−0.00008 ETH fee at most". */
  private Node changes() {
    VBox box = new VBox(2);
    box.setId("review-changes");
    state
        .changes()
        .addListener(
            (ListChangeListener<String>)
                c -> {
                  box.getChildren().clear();
                  for (int i = 0; i < state.changes().size(); i++) {
                    Label line = text("review-change-" + i);
                    line.setText(state.changes().get(i));
                    line.getStyleClass().add("text-bold");
                    box.getChildren().add(line);
                  }
                });
    return box;
  }

  /** The warnings about the recipient, each on its own wrapping line with a sign. */
  private Node warnings() {
    VBox box = new VBox(6);
    box.setId("review-warnings");
    box.managedProperty().bind(box.visibleProperty());
    box.setVisible(false);
    state
        .warnings()
        .addListener(
            (ListChangeListener<ReviewWarning>)
                c -> {
                  box.getChildren().clear();
                  for (ReviewWarning w : state.warnings()) {
                    Label line = text("review-warning-" + w.name().toLowerCase(Locale.ROOT));
                    line.setText(state.text(w));
                    line.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
                    line.getStyleClass().add("warning");
                    box.getChildren().add(line);
                  }
                  box.setVisible(!state.warnings().isEmpty());
                });
    return box;
  }

  private String field(TransactionSummary s, String key) {
    return switch (key) {
      case "amount" -> Asset.grouped(new BigDecimal(s.amount())) + " " + s.asset();
      case "fee" ->
          s.feeMin().equals(s.feeMax())
              ? s.feeMax() + " " + s.currency()
              : i18n.format("send.review.feeRange", s.feeMin(), s.feeMax(), s.currency());
      case "total" -> state.totalProperty().get();
      case "network" -> s.network();
      default -> s.nonce().toString();
    };
  }
}
