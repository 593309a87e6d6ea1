package io.abacus.app.explorer;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Bounds;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * The search bar's suggestion list. It stays inside the window: it is never wider than the search
 * field it hangs from (a long hash is shortened in the middle, its tooltip has it whole) and shows
 * only as many rows as fit between the field and the window's bottom edge.
 */
final class SuggestionPopup {
  /** The most rows shown, however tall the window. */
  static final int MAX_ROWS = 10;

  private static final double EDGE = 12;
  private final ContextMenu menu = new ContextMenu();
  private final TextField field;
  private boolean choosing;

  /**
   * @param field the search field the list hangs from
   * @param submit searches the typed text (Enter while no row was chosen with the arrow keys)
   */
  SuggestionPopup(TextField field, Runnable submit) {
    this.field = field;
    // Keys go to the popup while it shows: Enter there searches the typed text unless the user
    // moved into the list with the arrow keys (then the menu opens the chosen item).
    menu.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
            choosing = true;
          } else if (e.getCode() == KeyCode.ENTER && !choosing) {
            e.consume();
            menu.hide();
            submit.run();
          }
        });
    menu.setOnShown(e -> choosing = false);
    // The list grows or shrinks as the text changes while it shows: it stays inside all along.
    javafx.beans.InvalidationListener inside =
        o -> {
          if (menu.isShowing() && field.getScene() != null) {
            keepInside(field.getScene().getWindow());
          }
        };
    menu.widthProperty().addListener(inside);
    menu.heightProperty().addListener(inside);
  }

  void hide() {
    menu.hide();
  }

  /** Shows {@code items} described by {@code text}; {@code choose} opens the one picked. */
  <T> void show(List<T> items, Function<T, String> text, Consumer<T> choose) {
    menu.getItems().clear();
    Window window = field.getScene() == null ? null : field.getScene().getWindow();
    if (items.isEmpty() || !field.isFocused() || window == null) {
      menu.hide();
      return;
    }
    double width = Math.max(120, field.getWidth());
    int rows = Math.min(MAX_ROWS, Math.min(items.size(), rowsThatFit(window)));
    for (int i = 0; i < rows; i++) {
      T item = items.get(i);
      Label label = new Label(text.apply(item));
      // The menu sizes itself to its rows: each row is as wide as the field allows, no wider.
      label.setMinWidth(0);
      label.setPrefWidth(width - 5 * EDGE);
      label.setMaxWidth(width - 5 * EDGE);
      label.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
      label.setTooltip(new Tooltip(label.getText()));
      CustomMenuItem row = new CustomMenuItem(label, true);
      row.setId("explorer-suggestion-" + i);
      row.setOnAction(e -> choose.accept(item));
      menu.getItems().add(row);
    }
    if (!menu.isShowing()) {
      menu.show(field, Side.BOTTOM, 0, 0);
    }
    keepInside(window);
  }

  /** Moves the shown list left or up as far as needed to stay inside {@code window}. */
  private void keepInside(Window window) {
    double right = window.getX() + window.getWidth();
    if (menu.getX() + menu.getWidth() > right) {
      menu.setX(Math.max(window.getX(), right - menu.getWidth()));
    }
    double bottom = window.getY() + window.getHeight();
    if (menu.getY() + menu.getHeight() > bottom) {
      menu.setY(Math.max(window.getY(), bottom - menu.getHeight()));
    }
  }

  /** How many rows fit below the field inside the window (at least one). */
  private int rowsThatFit(Window window) {
    Bounds f = field.localToScreen(field.getBoundsInLocal());
    if (f == null) {
      return MAX_ROWS;
    }
    double windowBottom = window.getY() + window.getHeight();
    double row = Math.max(24, field.getHeight());
    return Math.max(1, (int) ((windowBottom - f.getMaxY() - 2 * EDGE) / row));
  }

  /** The popup (for tests: its bounds against the window's). */
  ContextMenu menu() {
    return menu;
  }
}
