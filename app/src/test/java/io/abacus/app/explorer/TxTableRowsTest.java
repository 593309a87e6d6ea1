package io.abacus.app.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.i18n.I18n;
import io.abacus.app.ui.TextFit;
import io.abacus.wallet.address.Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A long transaction table scrolls without measuring row after row: its rows have one fixed height
 * (the first row shown's), and a link cell the table empties keeps its controls, hidden, instead of
 * having them restyled each time it is filled again.
 */
class TxTableRowsTest {
  private static final I18n I18N = new I18n(Locale.ENGLISH);

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
  }

  @Test
  void rowsTakeTheHeightOfTheFirstOneShown() throws Exception {
    ObservableList<TxRow> rows = FXCollections.observableArrayList();
    TableView<TxRow> t = show(rows);
    FxRobot robot = new FxRobot();
    robot.interact(() -> rows.setAll(rows(0, 2_000)));
    robot.interact(() -> t.scrollTo(1_500));
    robot.interact(
        () -> {
          List<TableRow<?>> filled =
              t.lookupAll(".table-row-cell").stream()
                  .<TableRow<?>>map(n -> (TableRow<?>) n)
                  .filter(r -> !r.isEmpty() && r.isVisible())
                  .toList();
          assertThat(filled).isNotEmpty();
          assertThat(t.getFixedCellSize()).isPositive();
          for (TableRow<?> r : filled) {
            assertThat(r.getHeight()).isEqualTo(t.getFixedCellSize());
            assertThat(r.prefHeight(-1)).isLessThanOrEqualTo(t.getFixedCellSize());
          }
        });
  }

  @Test
  void anEmptiedLinkCellKeepsItsControlsHidden() throws Exception {
    TableView<TxRow> t = shrunkToThreeRows();
    new FxRobot()
        .interact(
            () -> {
              List<TableCell<?, ?>> cells =
                  t.lookupAll(".table-cell").stream()
                      .filter(n -> n instanceof LinkCell<?> && n.isVisible())
                      .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n)
                      .toList();
              assertThat(cells).anyMatch(TableCell::isEmpty).anyMatch(c -> !c.isEmpty());
              for (TableCell<?, ?> c : cells) {
                assertThat(c.getGraphic()).isNotNull();
                assertThat(c.getGraphic().isVisible()).isEqualTo(!c.isEmpty());
              }
            });
  }

  @Test
  void aColumnsCellsShareOneTooltipFilledWithTheHoveredCellsWholeText() throws Exception {
    TableView<TxRow> t = shrunkToThreeRows();
    new FxRobot()
        .interact(
            () -> {
              List<TableCell<?, ?>> values = cells(t, 5);
              assertThat(values).anyMatch(TableCell::isEmpty).anyMatch(c -> !c.isEmpty());
              Tooltip shared =
                  values.stream().filter(c -> !c.isEmpty()).findFirst().orElseThrow().getTooltip();
              for (TableCell<?, ?> c : values) {
                assertThat(c.getTooltip()).isSameAs(c.isEmpty() ? null : shared);
              }
              TableCell<?, ?> second =
                  values.stream().filter(c -> c.getIndex() == 1).findFirst().orElseThrow();
              TextFit.hover(second);
              assertThat(shared.getText()).isEqualTo(Formats.units(BigInteger.ONE, 18) + " ETH");
              List<TableCell<?, ?>> hashes =
                  cells(t, 1).stream().filter(c -> !c.isEmpty()).toList();
              assertThat(hashes).hasSizeGreaterThan(2);
              Hyperlink link = link(hashes.get(2));
              assertThat(link.getTooltip()).isNotNull().isSameAs(link(hashes.get(0)).getTooltip());
              TextFit.hover(link);
              assertThat(link.getTooltip().getText())
                  .isEqualTo(String.format("0x%064x", hashes.get(2).getIndex()));
            });
  }

  /**
   * A table that showed 40 rows and then kept 3: its cells below the third were filled once and are
   * empty now.
   */
  private static TableView<TxRow> shrunkToThreeRows() throws Exception {
    ObservableList<TxRow> rows = FXCollections.observableArrayList();
    TableView<TxRow> t = show(rows);
    FxRobot robot = new FxRobot();
    robot.interact(() -> rows.setAll(rows(0, 40)));
    robot.interact(() -> rows.remove(3, 40));
    return t;
  }

  private static List<TableCell<?, ?>> cells(TableView<TxRow> t, int column) {
    return t.lookupAll(".table-cell").stream()
        .filter(
            n -> n instanceof TableCell<?, ?> c && c.getTableColumn() == t.getColumns().get(column))
        .filter(Node::isVisible)
        .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n)
        .toList();
  }

  @Test
  void aTableOnAScrollingPageHasNoCachedBitmapAbove() throws Exception {
    FxToolkit.registerPrimaryStage();
    Links links = new Links(place -> {}, a -> null, "Copy");
    ObservableList<TxRow> rows = FXCollections.observableArrayList(rows(0, 40));
    List<TableView<TxRow>> table = new ArrayList<>();
    FxToolkit.setupStage(
        s -> {
          TableView<TxRow> t = TxTable.of("txs", rows, I18N, links, "ETH", 18);
          table.add(t);
          s.setScene(new Scene(ExplorerUi.scrollingPage(new StackPane(t)), 1000, 600));
          s.show();
        });
    new FxRobot()
        .interact(
            () -> {
              // a cached ancestor (JavaFX's scroll pane viewport) redraws the whole page for every
              // row the table scrolls through
              for (Node n = table.get(0); n != null; n = n.getParent()) {
                assertThat(n.isCache()).as("%s cached", n).isFalse();
              }
            });
  }

  private static Hyperlink link(TableCell<?, ?> cell) {
    return (Hyperlink) ((HBox) cell.getGraphic()).getChildren().get(0);
  }

  private static TableView<TxRow> show(ObservableList<TxRow> rows) throws Exception {
    FxToolkit.registerPrimaryStage();
    Links links = new Links(place -> {}, a -> null, "Copy");
    List<TableView<TxRow>> table = new ArrayList<>();
    FxToolkit.setupStage(
        s -> {
          TableView<TxRow> t = TxTable.of("txs", rows, I18N, links, "ETH", 18);
          table.add(t);
          s.setScene(new Scene(new StackPane(t), 1000, 600));
          s.show();
        });
    return table.get(0);
  }

  private static List<TxRow> rows(int from, int n) {
    List<TxRow> out = new ArrayList<>();
    for (int i = from; i < from + n; i++) {
      byte[] a = new byte[20];
      a[19] = (byte) i;
      a[18] = (byte) (i >> 8);
      out.add(
          new TxRow(
              String.format("0x%064x", i),
              4000,
              i,
              Address.of(a),
              Address.of(a),
              BigInteger.valueOf(i),
              1,
              "Transfer"));
    }
    return out;
  }
}
