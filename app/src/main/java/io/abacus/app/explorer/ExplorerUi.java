package io.abacus.app.explorer;

import io.abacus.app.i18n.I18n;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;

/** View builders the explorer screens share: table columns, key/value grids, CSV buttons. */
public final class ExplorerUi {
  private ExplorerUi() {}

  /**
   * A text column. A value too long for the column (a full-precision amount) keeps its whole text
   * in the cell's tooltip.
   */
  public static <T> TableColumn<T, String> text(String title, Function<T, String> value) {
    TableColumn<T, String> c = headed(new TableColumn<>(title));
    c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    CellTip tip = new CellTip();
    c.setCellFactory(col -> tipped(new TableCell<>(), tip));
    return c;
  }

  /**
   * Makes {@code cell} show its text, and the whole text in the column's shared tooltip (filled
   * when the pointer enters the cell): the cell itself builds no tooltip.
   */
  private static <T> TableCell<T, String> tipped(TableCell<T, String> cell, CellTip tip) {
    tip.fillOnHover(cell, cell::getText);
    cell.itemProperty()
        .addListener(
            (o, was, item) -> {
              cell.setText(item);
              cell.setTooltip(item == null || item.isEmpty() ? null : tip.tooltip());
            });
    return cell;
  }

  /** A column of times ({@link Formats#time}), wide enough for the whole time. */
  public static <T> TableColumn<T, String> time(String title, Function<T, java.time.Instant> t) {
    TableColumn<T, String> c = text(title, row -> Formats.time(t.apply(row)));
    c.setMinWidth(Math.max(c.getMinWidth(), textWidth(Formats.time(SAMPLE_TIME), false) + 24));
    return c;
  }

  private static final java.time.Instant SAMPLE_TIME =
      java.time.Instant.parse("2026-12-28T08:08:08Z");

  private static double textWidth(String text, boolean bold) {
    javafx.scene.text.Text t = new javafx.scene.text.Text(text);
    t.setFont(
        javafx.scene.text.Font.font(
            "System",
            bold ? javafx.scene.text.FontWeight.BOLD : javafx.scene.text.FontWeight.NORMAL,
            14));
    return Math.ceil(t.getLayoutBounds().getWidth() * 1.1);
  }

  /** A column whose cells show a node (links with copy buttons). */
  public static <T> TableColumn<T, T> nodes(String title, Function<T, Node> node) {
    TableColumn<T, T> c = headed(new TableColumn<>(title));
    c.setCellValueFactory(
        cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
    c.setCellFactory(
        col ->
            new TableCell<>() {
              @Override
              protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : node.apply(item));
              }
            });
    return c;
  }

  /** A column of links (with copy buttons) whose cells keep their controls while scrolling. */
  public static <T> TableColumn<T, T> links(
      String title, Links links, Function<T, Links.Target> target) {
    TableColumn<T, T> c = headed(new TableColumn<>(title));
    c.setCellValueFactory(
        cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
    CellTip tip = new CellTip();
    c.setCellFactory(col -> new LinkCell<>(target, links, tip));
    return c;
  }

  /**
   * A column no narrower than its heading: a narrow window squeezes the other columns or scrolls
   * the table sideways, but never cuts a heading to "Dire…".
   */
  public static <T, C extends TableColumn<T, ?>> C headed(C column) {
    column.setMinWidth(textWidth(column.getText(), true) + 30);
    return column;
  }

  /** Lets the cells of {@code column} wrap a long text (an event's arguments) onto more lines. */
  public static <T> TableColumn<T, String> wrapping(TableColumn<T, String> column) {
    CellTip tip = new CellTip(); // whole in the tooltip when the row is too low for every line
    column.setCellFactory(
        col -> {
          TableCell<T, String> cell = tipped(new TableCell<>(), tip);
          cell.setWrapText(true);
          return cell;
        });
    return column;
  }

  /** Adds a row {@code label: value} to a two-column grid. */
  public static void row(GridPane grid, String label, Node value) {
    Label l = new Label(label);
    l.getStyleClass().add("text-muted");
    l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "Balance", never "Bal…"
    int r = grid.getRowCount();
    grid.add(l, 0, r);
    grid.add(value, 1, r);
  }

  /** An error label that takes no room while it has nothing to say. */
  public static Label errorLabel(String id, javafx.beans.property.StringProperty text) {
    Label l = io.abacus.app.ui.Controls.errorLabel(id, text);
    l.managedProperty().bind(l.textProperty().isNotEmpty());
    l.visibleProperty().bind(l.managedProperty());
    return l;
  }

  /**
   * Hides {@code nodes} while {@code items} is empty, taking no room: an empty section collapses
   * (its heading with it) instead of showing an empty table.
   */
  public static void collapseWhenEmpty(javafx.collections.ObservableList<?> items, Node... nodes) {
    for (Node n : nodes) {
      n.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(items));
      n.managedProperty().bind(n.visibleProperty());
    }
  }

  /**
   * Lets {@code table} take the free height of its column of a page, never less than {@code rows}
   * rows (the page scrolls instead): no fixed height that leaves a tall window empty.
   */
  public static void growing(javafx.scene.control.TableView<?> table, int rows) {
    table.setMinHeight(36 + rows * 36.0);
    table.setPrefHeight(36 + rows * 36.0);
    javafx.scene.layout.VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
  }

  /**
   * Gives every row of {@code table} the height its first filled row was laid out at. Rows of
   * unknown height are measured one by one to size the scroll bar and to find the place of a row
   * scrolled to, again after each page added: thousands of rows restyled and laid out off screen in
   * a long history. For tables of one-line rows only (no wrapping column).
   */
  public static <T> void fixedRows(TableView<T> table) {
    table.setRowFactory(
        t -> {
          javafx.scene.control.TableRow<T> row = new javafx.scene.control.TableRow<>();
          row.heightProperty()
              .addListener(
                  (o, was, now) -> {
                    if (table.getFixedCellSize() <= 0 && !row.isEmpty() && now.doubleValue() > 0) {
                      table.setFixedCellSize(now.doubleValue());
                    }
                  });
          return row;
        });
  }

  /**
   * A page that scrolls when the window is too low for it, fitted to the window's width and height.
   * JavaFX's scroll pane keeps its viewport as a cached bitmap: any change inside the page (each
   * row a table scrolls through, each Load more) redrew the whole page into that bitmap, chart and
   * all, on the render thread that the FX thread waits for at the next pulse. Without the cache
   * only the region that changed is drawn, as on a page that does not scroll.
   */
  public static javafx.scene.control.ScrollPane scrollingPage(Node page) {
    javafx.scene.control.ScrollPane pane = new javafx.scene.control.ScrollPane(page);
    pane.setFitToWidth(true);
    pane.setFitToHeight(true);
    pane.skinProperty()
        .addListener(
            (o, was, skin) -> {
              for (Node n : pane.getChildrenUnmodifiable()) {
                if (n.getStyleClass().contains("viewport")) {
                  n.setCache(false);
                }
              }
            });
    return pane;
  }

  /** A column of {@code width} pixels preferred. */
  public static <T, C extends TableColumn<T, ?>> C width(C column, double width) {
    column.setPrefWidth(width);
    return column;
  }

  /** A label bound to {@code text}. */
  public static Label bound(String id, ObservableStringValue text) {
    Label l = new Label();
    l.setId(id);
    l.setWrapText(true);
    l.textProperty().bind(text);
    return l;
  }

  /**
   * A property of an ancestor node naming a folder (a {@link Path}) that exports go to without a
   * file dialog: for scripted runs and UI tests, where no native dialog can be driven.
   */
  public static final String EXPORT_DIRECTORY = "abacus.explorer.exportDirectory";

  /** An "Export CSV" button asking where to save, then handing the path to {@code export}. */
  public static Button csvButton(
      String id, I18n i18n, String suggestedName, Consumer<Path> export) {
    Button b = new Button(i18n.get("explorer.export.csv"));
    b.setId(id);
    b.setOnAction(
        e -> {
          Path preset = presetDirectory(b);
          if (preset != null) {
            export.accept(preset.resolve(suggestedName));
            return;
          }
          FileChooser chooser = new FileChooser();
          chooser.setInitialFileName(suggestedName);
          chooser.setInitialDirectory(io.abacus.app.ui.RecentFolder.home().toFile());
          chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
          File f = chooser.showSaveDialog(b.getScene().getWindow());
          if (f != null) {
            export.accept(f.toPath());
          }
        });
    return b;
  }

  private static Path presetDirectory(Node n) {
    for (Node p = n; p != null; p = p.getParent()) {
      if (p.getProperties().get(EXPORT_DIRECTORY) instanceof Path dir) {
        return dir;
      }
    }
    return null;
  }
}
