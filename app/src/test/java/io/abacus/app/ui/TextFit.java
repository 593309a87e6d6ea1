package io.abacus.app.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * Finds labelled controls whose text is not drawn whole: for every visible {@link Labeled} (labels,
 * buttons, check boxes, table headers and cells, list cells) the text node its skin draws must hold
 * the control's whole text (JavaFX puts the shortened "…" text there when it does not fit). A table
 * cell, or a link in one, may shorten a value (an address in the middle) when its tooltip has the
 * whole value.
 */
public final class TextFit {
  private TextFit() {}

  /** One control whose text is cut. */
  public record Cut(String control, String text, String rendered) {
    @Override
    public String toString() {
      return control + ": \"" + text + "\" drawn as \"" + rendered + "\"";
    }
  }

  /** The controls of {@code scene} whose text is cut; empty when all fit. */
  public static List<Cut> cutIn(Scene scene) {
    List<Cut> out = new ArrayList<>();
    visit(scene.getRoot(), out);
    return out;
  }

  private static void visit(Node node, List<Cut> out) {
    if (!node.isVisible()) {
      return;
    }
    if (node instanceof Labeled l) {
      check(l, out);
    }
    if (node instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        visit(child, out);
      }
    }
  }

  private static void check(Labeled l, List<Cut> out) {
    String text = l.getText();
    if (text == null || text.isBlank() || l.getWidth() <= 0) {
      return;
    }
    Text drawn = null;
    for (Node child : l.getChildrenUnmodifiable()) {
      // The skin's text node (a graphic such as an icon font is a Text too).
      if (child instanceof Text t && child.getClass().getSimpleName().equals("LabeledText")) {
        drawn = t;
        break;
      }
    }
    if (drawn == null) {
      return; // not laid out yet
    }
    String rendered = drawn.getText();
    if (flat(rendered).equals(flat(text))) {
      return;
    }
    Tooltip tip = l.getTooltip();
    if (tip != null) {
      hover(l); // a table column's shared tooltip takes the text of the cell the pointer enters
    }
    if (inTableCell(l) && tip != null && !tip.getText().isBlank()) {
      return;
    }
    out.add(new Cut(describe(l), text, rendered));
  }

  /** What the pointer entering {@code n} sends it (a shared cell tooltip is filled on it). */
  public static void hover(Node n) {
    n.fireEvent(Pointer.at(javafx.scene.input.MouseEvent.MOUSE_ENTERED, 1, 1));
  }

  /** A table cell, or a control in one (the link of an address cell). */
  private static boolean inTableCell(Node n) {
    for (Node p = n; p != null; p = p.getParent()) {
      if (p instanceof TableCell<?, ?>) {
        return true;
      }
    }
    return false;
  }

  private static String flat(String s) {
    return s == null ? "" : s.replace("\n", "").replace(" ", "");
  }

  private static String describe(Labeled l) {
    StringBuilder b = new StringBuilder(l.getClass().getSimpleName());
    if (l.getId() != null) {
      b.append('#').append(l.getId());
    }
    for (Node p = l.getParent(); p != null; p = p.getParent()) {
      if (p.getId() != null) {
        b.append(" in #").append(p.getId());
        break;
      }
    }
    return b.toString();
  }
}
