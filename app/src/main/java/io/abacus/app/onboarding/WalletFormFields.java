package io.abacus.app.onboarding;

import io.abacus.app.i18n.I18n;
import io.abacus.app.ui.Controls;
import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/**
 * The name, password and confirmation rows every new-wallet form starts with, and reading a
 * password field into a char array (never into a kept String).
 */
final class WalletFormFields {
  final PasswordField password = new PasswordField();
  final PasswordField confirm = new PasswordField();

  /**
   * Adds the rows to {@code grid} from row 0; ids are {@code prefix-name}, {@code prefix-password},
   * {@code prefix-confirm}, {@code prefix-strength}.
   *
   * @param typed receives the typed password for the strength hint (it is wiped afterwards)
   * @return the next free row
   */
  int addTo(
      GridPane grid,
      String prefix,
      StringProperty name,
      StringProperty strength,
      Consumer<char[]> typed,
      I18n i18n) {
    grid.addRow(
        0,
        new Label(i18n.get("gate.field.walletName")),
        Controls.textField(prefix + "-name", name, 20));
    password.setId(prefix + "-password");
    confirm.setId(prefix + "-confirm");
    password
        .textProperty()
        .addListener(
            (o, a, b) -> {
              char[] chars = chars(password);
              try {
                typed.accept(chars);
              } finally {
                java.util.Arrays.fill(chars, '\0');
              }
            });
    Label hint = new Label();
    hint.setId(prefix + "-strength");
    hint.getStyleClass().add("text-muted");
    hint.textProperty().bind(strength);
    grid.addRow(1, new Label(i18n.get("gate.field.password")), password);
    grid.add(hint, 1, 2);
    grid.addRow(3, new Label(i18n.get("gate.field.confirm")), confirm);
    return 4;
  }

  /** The form's main button with a spinner beside it while {@code busy}; the button waits. */
  static HBox busyRow(Button go, ObservableBooleanValue busy, Node... more) {
    go.setDefaultButton(true);
    go.disableProperty().bind(busy);
    ProgressIndicator progress = new ProgressIndicator();
    progress.setPrefSize(22, 22);
    progress.visibleProperty().bind(busy);
    HBox row = new HBox(8, go, progress);
    row.getChildren().addAll(more);
    row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    return row;
  }

  /**
   * After an error, once the form is usable again, the cursor goes back to the password field (it
   * jumped to the sidebar's network box when the busy button lost it, issue 13).
   */
  void focusPasswordOnError(
      javafx.beans.value.ObservableStringValue error, ObservableBooleanValue busy) {
    Runnable focus =
        () -> {
          if (!error.get().isEmpty() && !busy.get() && password.getScene() != null) {
            password.requestFocus();
          }
        };
    error.addListener((o, a, b) -> focus.run());
    busy.addListener((o, a, b) -> focus.run());
  }

  /** Clears both password fields. */
  void clear() {
    password.clear();
    confirm.clear();
  }

  /** A copy of what the field holds, as chars; the caller wipes it. */
  static char[] chars(PasswordField field) {
    CharSequence text = field.getCharacters();
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = text.charAt(i);
    }
    return out;
  }

  /** The field's chars, and the field emptied. */
  static char[] take(PasswordField field) {
    char[] out = chars(field);
    field.clear();
    return out;
  }
}
