package io.abacus.app.explorer;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;

/**
 * A table cell showing a link (and a copy button) for its row. The controls are built once per cell
 * and only their text changes as the virtualized table recycles the cell while scrolling. They stay
 * the cell's graphic even while it is empty (hidden then): taking the graphic away and giving it
 * back restyled the whole link and button every time, and the table empties and refills a cell for
 * each row it measures while rows are added or scrolled through. The link's tooltip (the whole
 * value) is the column's one {@link CellTip}.
 */
final class LinkCell<T> extends TableCell<T, T> {
  private final Function<T, Links.Target> target;
  private final Hyperlink link = new Hyperlink();
  private final Button copy;
  private final HBox box;
  private Links.Target current;

  LinkCell(Function<T, Links.Target> target, Links links, CellTip tip) {
    this.target = target;
    link.setTooltip(tip.tooltip());
    tip.fillOnHover(link, () -> current == null ? "" : current.full());
    link.setOnAction(e -> links.go(current.place()));
    copy = links.copy("");
    copy.setOnAction(
        e -> {
          ClipboardContent content = new ClipboardContent();
          content.putString(current.full());
          Clipboard.getSystemClipboard().setContent(content);
        });
    box = new HBox(2, link, copy);
    box.setAlignment(Pos.CENTER_LEFT);
    box.setVisible(false);
    setGraphic(box);
  }

  @Override
  protected void updateItem(T item, boolean empty) {
    super.updateItem(item, empty);
    setText(null);
    current = empty || item == null ? null : target.apply(item);
    if (current == null) {
      box.setVisible(false);
      link.setText("");
      return;
    }
    link.setText(current.text());
    copy.setVisible(current.copyable());
    copy.setManaged(current.copyable());
    box.setVisible(true);
  }
}
