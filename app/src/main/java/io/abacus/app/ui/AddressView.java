package io.abacus.app.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shows an address where a person checks it: the whole address in a monospace font, grouped in
 * fours and wrapped, never cut; or, where space is short, shortened in the middle with the whole
 * address in a tooltip. Both come with a copy button that copies the address itself.
 */
public final class AddressView {
  /** The inline style of addresses: a monospace font, so groups line up and 0/O stay apart. */
  public static final String MONOSPACE = "-fx-font-family: 'Monospaced';";

  private AddressView() {}

  /**
   * The whole address grouped in fours, wrapping within {@code wrapWidth}, with a copy button.
   *
   * @param id the id of the label showing the address (the button gets {@code id + "-copy"})
   * @param address the address (or any text to show whole, like a payment request URI)
   * @param copyText the copy button's text
   * @param grouped whether to group in fours (addresses) or wrap anywhere (URIs)
   */
  public static HBox full(
      String id,
      ObservableStringValue address,
      String copyText,
      double wrapWidth,
      boolean grouped) {
    Label label = wrapping(id, wrapWidth);
    label
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () -> grouped ? AddressText.grouped(address.get()) : address.get(), address));
    HBox box = new HBox(8, label, copyButton(id + "-copy", address, copyText));
    box.setAlignment(Pos.TOP_LEFT);
    return box;
  }

  /** A label that wraps within {@code width} and grows in height instead of eliding. */
  public static Label wrapping(String id, double width) {
    Label label = new Label();
    label.setId(id);
    label.setStyle(MONOSPACE);
    label.setWrapText(true);
    label.setMaxWidth(width);
    label.setMinHeight(Region.USE_PREF_SIZE);
    return label;
  }

  /** A button that copies the current value of {@code text} to the clipboard. */
  public static Button copyButton(String id, ObservableStringValue text, String copyText) {
    Button copy = new Button(copyText, new FontIcon(Feather.COPY));
    copy.setId(id);
    copy.setMinWidth(Region.USE_PREF_SIZE);
    copy.setOnAction(e -> copy(text.get()));
    return copy;
  }

  /** Puts {@code text} on the system clipboard. */
  public static void copy(String text) {
    ClipboardContent content = new ClipboardContent();
    content.putString(text);
    Clipboard.getSystemClipboard().setContent(content);
  }

  /**
   * The text to show for {@code address} in {@code width} pixels of {@code font}: grouped whole
   * when it fits, else whole without groups, else shortened in the middle ({@link
   * AddressText#middle}).
   */
  public static String fitting(String address, double width, Font font) {
    for (String whole : new String[] {AddressText.grouped(address), address}) {
      Text probe = new Text(whole);
      probe.setFont(font);
      if (probe.getLayoutBounds().getWidth() <= width) {
        return whole;
      }
    }
    return AddressText.middle(address);
  }

  /** The tooltip of a shortened address: the whole address, grouped. */
  public static Tooltip tooltip(String address) {
    Tooltip tip = new Tooltip(AddressText.grouped(address));
    tip.setStyle(MONOSPACE);
    return tip;
  }
}
