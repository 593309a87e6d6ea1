package io.abacus.app.explorer;

import io.abacus.explorer.query.QueryRecords;
import io.abacus.wallet.address.Address;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Every hash and address in the explorer is a link within the app with a copy button. */
public final class Links {
  private final Consumer<Place> go;
  private final java.util.function.Function<Address, String> labels;
  private final String copyTip;
  private Tooltip copyTooltip;

  public Links(
      Consumer<Place> go, java.util.function.Function<Address, String> labels, String copyTip) {
    this.go = go;
    this.labels = labels;
    this.copyTip = copyTip;
  }

  /**
   * A link to {@code place} showing {@code text} (full value in the tooltip), and a copy button.
   */
  public Node link(String text, String full, Place place) {
    Hyperlink link = new Hyperlink(text);
    link.setTooltip(new Tooltip(full));
    link.setOnAction(e -> go.accept(place));
    link.getStyleClass().add("explorer-link");
    HBox box = new HBox(2, link, copy(full));
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }

  public Node transaction(String hash) {
    return link(Formats.shortHex(hash), hash, new Place.Transaction(hash));
  }

  public Node transactionFull(String hash) {
    return link(hash, hash, new Place.Transaction(hash));
  }

  /** A block number link (numbers are short: no copy button). */
  public Node block(long number) {
    Hyperlink link = new Hyperlink("#" + number);
    link.setOnAction(e -> go.accept(new Place.Block(number)));
    return link;
  }

  /** An address with its label when it has one; null shows an empty label. */
  public Node address(Address a) {
    if (a == null) {
      return new Label("");
    }
    String label = labels.apply(a);
    String text =
        label == null ? a.toString() : label + " (" + Formats.shortHex(a.toString()) + ")";
    return link(text, a.toString(), new Place.AddressPage(a));
  }

  /**
   * What a link shows and where it goes, for table cells ({@link LinkCell}).
   *
   * @param copyable whether it gets a copy button (hashes and addresses do)
   */
  public record Target(String text, String full, Place place, boolean copyable) {}

  void go(Place p) {
    go.accept(p);
  }

  public Target transactionTarget(String hash) {
    return new Target(Formats.shortHex(hash), hash, new Place.Transaction(hash), true);
  }

  public Target blockTarget(long number) {
    return new Target("#" + number, Long.toString(number), new Place.Block(number), false);
  }

  /** An address for table cells: its label, or the shortened hex; null for no address. */
  public Target addressTarget(io.abacus.wallet.address.Address a) {
    if (a == null) {
      return null;
    }
    String label = labels.apply(a);
    return new Target(
        label == null ? Formats.shortHex(a.toString()) : label,
        a.toString(),
        new Place.AddressPage(a),
        true);
  }

  /** A token for table cells: its symbol when the index read it, else like an address. */
  public Target tokenTarget(QueryRecords.TokenInfo token) {
    if (!token.known()) {
      return addressTarget(token.address());
    }
    return new Target(
        token.symbol(), token.address().toString(), new Place.Token(token.address()), true);
  }

  /** A link to a token: its symbol (and name) when known, else its address. */
  public Node token(QueryRecords.TokenInfo token) {
    if (!token.known()) {
      return address(token.address());
    }
    String name = token.name() == null || token.name().isEmpty() ? "" : " · " + token.name();
    return link(
        token.symbol() + name, token.address().toString(), new Place.AddressPage(token.address()));
  }

  /**
   * A small button that copies {@code value} to the clipboard. Every copy button shares one tooltip
   * (a tooltip is a window of its own, too dear to build for each cell of every table).
   */
  public Button copy(String value) {
    Button b = new Button(null, new FontIcon(Feather.COPY));
    b.getStyleClass().addAll("flat", "small");
    if (copyTooltip == null) {
      copyTooltip = new Tooltip(copyTip);
    }
    b.setTooltip(copyTooltip);
    b.setFocusTraversable(false);
    b.setOnAction(
        e -> {
          ClipboardContent content = new ClipboardContent();
          content.putString(value);
          Clipboard.getSystemClipboard().setContent(content);
        });
    return b;
  }
}
