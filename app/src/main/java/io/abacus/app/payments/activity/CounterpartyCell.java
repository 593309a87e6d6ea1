package io.abacus.app.payments.activity;

import io.abacus.app.ui.AddressText;
import io.abacus.app.ui.AddressView;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * The counterparty of an Activity line: its address-book name, else its address (whole when it
 * fits, else the first six and last four characters); below it the user's saved label and note. The
 * tooltip has the whole address, label and note; the context menu copies the address.
 */
final class CounterpartyCell extends TableCell<ActivityItem, ActivityItem> {
  private final String copyText;

  CounterpartyCell(String copyText) {
    this.copyText = copyText;
    widthProperty().addListener((o, a, b) -> show(getItem()));
  }

  @Override
  protected void updateItem(ActivityItem item, boolean empty) {
    super.updateItem(item, empty);
    show(empty ? null : item);
  }

  /**
   * {@code text} broken into lines at spaces so each fits {@code width}: the row grows instead of
   * the note ending in "…".
   */
  private String lines(String text, double width) {
    if (width <= 0) {
      return text;
    }
    Text probe = new Text();
    probe.setFont(getFont());
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String tried = line.length() == 0 ? word : line + " " + word;
      probe.setText(tried);
      if (line.length() > 0 && probe.getLayoutBounds().getWidth() > width) {
        out.append(line).append('\n');
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(tried);
      }
    }
    return out.append(line).toString();
  }

  private void show(ActivityItem item) {
    if (item == null) {
      setText(null);
      setTooltip(null);
      setContextMenu(null);
      return;
    }
    String address = item.counterparty() == null ? "" : item.counterparty();
    double room = getWidth() - snappedLeftInset() - snappedRightInset();
    String who =
        !item.counterpartyLabel().isEmpty()
            ? item.counterpartyLabel()
            : address.isEmpty() ? "" : AddressView.fitting(address, room, getFont());
    String annotation = ActivityViewModel.annotation(item);
    setText(annotation.isEmpty() ? who : who + "\n" + lines(annotation, room));
    StringBuilder tip = new StringBuilder();
    if (!item.counterpartyLabel().isEmpty()) {
      tip.append(item.counterpartyLabel()).append('\n');
    }
    if (!address.isEmpty()) {
      tip.append(AddressText.grouped(address));
    }
    if (!annotation.isEmpty()) {
      tip.append('\n').append(item.label()).append(item.label().isEmpty() ? "" : "\n");
      tip.append(item.note());
    }
    setTooltip(tip.length() == 0 ? null : new Tooltip(tip.toString().strip()));
    if (address.isEmpty()) {
      setContextMenu(null);
    } else {
      MenuItem copy = new MenuItem(copyText);
      copy.setOnAction(e -> AddressView.copy(address));
      setContextMenu(new ContextMenu(copy));
    }
  }
}
