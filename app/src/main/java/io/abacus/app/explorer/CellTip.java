package io.abacus.app.explorer;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * One tooltip shared by the cells of a table column, holding the whole text of the cell under the
 * pointer: each cell fills it with its own text when the pointer enters the cell. A tooltip is a
 * popup window with a scene of its own; one per cell made every new table row build nine of them
 * (and the wrapping column one more at each update), on the FX thread, while the table grows.
 */
public final class CellTip {
  private Tooltip tip;

  /** The shared tooltip, built on first use. */
  public Tooltip tooltip() {
    if (tip == null) {
      tip = new Tooltip();
    }
    return tip;
  }

  /**
   * Makes {@code node} fill the shared tooltip with {@code text} whenever the pointer enters it.
   * The caller shows the tooltip on the node ({@code setTooltip(tooltip())}) while it has a text.
   */
  public void fillOnHover(Node node, Supplier<String> text) {
    node.addEventHandler(
        MouseEvent.MOUSE_ENTERED,
        e -> {
          String t = text.get();
          tooltip().setText(t == null ? "" : t);
        });
  }
}
