package io.abacus.app.ui;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;

/**
 * A table cell for an address: grouped and whole when the column is wide enough, else shortened in
 * the middle (first six, last four characters); the tooltip always shows the whole address and the
 * context menu copies it.
 *
 * @param <S> the table's row type
 */
public final class AddressCell<S> extends TableCell<S, String> {
  private final String copyText;

  /** A cell whose context menu item reads {@code copyText}. */
  public AddressCell(String copyText) {
    this.copyText = copyText;
    setStyle(AddressView.MONOSPACE);
    widthProperty().addListener((o, a, b) -> show(getItem()));
  }

  @Override
  protected void updateItem(String address, boolean empty) {
    super.updateItem(address, empty);
    show(empty ? null : address);
  }

  private void show(String address) {
    if (address == null || address.isEmpty()) {
      setText(null);
      setTooltip(null);
      setContextMenu(null);
      return;
    }
    double room = getWidth() - snappedLeftInset() - snappedRightInset();
    setText(AddressView.fitting(address, room, getFont()));
    setTooltip(AddressView.tooltip(address));
    MenuItem copy = new MenuItem(copyText);
    copy.setOnAction(e -> AddressView.copy(address));
    setContextMenu(new ContextMenu(copy));
  }
}
