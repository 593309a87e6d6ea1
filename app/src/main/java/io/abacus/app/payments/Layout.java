package io.abacus.app.payments;

import io.abacus.app.ui.Controls;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Layout details the payment pages share. */
public final class Layout {
  private Layout() {}

  /** A form grid whose label column never shrinks below its labels. */
  public static GridPane formGrid() {
    GridPane grid = Controls.formGrid();
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(Region.USE_PREF_SIZE);
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().addAll(labels, fields);
    return grid;
  }

  /** Buttons and short labels keep their text whole. */
  public static <T extends Region> T whole(T node) {
    node.setMinWidth(Region.USE_PREF_SIZE);
    return node;
  }

  /** A page body that scrolls when the window is small. */
  public static ScrollPane scrolling(Node content) {
    ScrollPane scroll = new ScrollPane(content);
    scroll.setFitToWidth(true);
    scroll.setStyle("-fx-background-color: transparent; -fx-background-insets: 0;");
    return scroll;
  }

  /**
   * A long exact amount shortened for a table cell (4 significant digits, marked with ≈); the CSV
   * export keeps the exact value.
   */
  public static String shortAmount(String exact) {
    if (exact == null || exact.isEmpty()) {
      return "";
    }
    java.math.BigDecimal v = new java.math.BigDecimal(exact);
    java.math.BigDecimal rounded =
        v.round(new java.math.MathContext(4, java.math.RoundingMode.HALF_UP));
    return rounded.compareTo(v) == 0 ? exact : "≈ " + rounded.stripTrailingZeros().toPlainString();
  }
}
