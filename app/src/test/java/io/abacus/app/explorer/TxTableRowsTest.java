package io.abacus.app.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.i18n.I18n;
import io.abacus.wallet.address.Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A long transaction table scrolls without measuring the rows it skips: its rows have one fixed
 * height (taken from the first row shown), and a link cell emptied by the table keeps its controls.
 */
class TxTableRowsTest {
  private static final I18n I18N = new I18n(Locale.ENGLISH);

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
  }

  @Test
  void scrollingFarDownFillsTheVisibleRowsOnly() throws Exception {
    FxToolkit.registerPrimaryStage();
    ObservableList<TxRow> rows = FXCollections.observableArrayList();
    AtomicInteger addressesAsked = new AtomicInteger();
    Links links =
        new Links(
            place -> {},
            a -> {
              addressesAsked.incrementAndGet();
              return null;
            },
            "Copy");
    List<TableView<TxRow>> table = new ArrayList<>();
    FxToolkit.setupStage(
        s -> {
          TableView<TxRow> t = TxTable.of("txs", rows, I18N, links, "ETH", 18);
          table.add(t);
          s.setScene(new Scene(new StackPane(t), 1000, 600));
          s.show();
        });
    FxRobot robot = new FxRobot();
    robot.interact(() -> rows.setAll(rows(0, 200)));
    robot.interact(() -> {});
    TableView<TxRow> t = table.get(0);
    assertThat(t.getFixedCellSize()).isPositive();
    for (int page = 1; page < 10; page++) { // "Load more", then scrolled to the end of it
      int from = page * 200;
      robot.interact(() -> rows.addAll(rows(from, 200)));
      addressesAsked.set(0);
      robot.interact(() -> t.scrollTo(from + 150));
      robot.interact(() -> {});
      // From and To of about the 20 rows in view (and a few spare), not of every row above them.
      assertThat(addressesAsked.get()).as("page %d", page).isLessThan(200);
    }
    robot.interact(
        () -> {
          List<Node> linkCells =
              t.lookupAll(".table-cell").stream().filter(n -> n instanceof LinkCell<?>).toList();
          assertThat(linkCells).isNotEmpty();
          for (Node n : linkCells) {
            TableCell<?, ?> c = (TableCell<?, ?>) n;
            assertThat(c.getGraphic()).isNotNull();
            assertThat(c.getGraphic().isVisible()).isEqualTo(!c.isEmpty() && c.getItem() != null);
          }
        });
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
