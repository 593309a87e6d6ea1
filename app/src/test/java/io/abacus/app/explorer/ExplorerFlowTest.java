package io.abacus.app.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.desktop.WindowFixture;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.query.AddressQueries;
import io.abacus.explorer.query.HistoryFilter;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Circle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The explorer in the real window (headless), on an anvil chain indexed from the index manager:
 * search, address filters, CSV export checked against the index, the graph's one-hop expansion.
 */
@WithAnvil
class ExplorerFlowTest {
  static ExplorerTestChain chain;
  @TempDir Path data;
  private final FxRobot robot = new FxRobot();
  private final WindowFixture fixture = new WindowFixture();

  @BeforeAll
  static void traffic(Anvil anvil) {
    chain = new ExplorerTestChain(anvil);
  }

  @AfterEach
  void close() throws Exception {
    fixture.close();
  }

  private void openAndIndex() throws Exception {
    chain.selectIn(data);
    io.abacus.wallet.contacts.AddressBook.open(data.resolve("address-book.json"))
        .put(new io.abacus.wallet.contacts.Contact(chain.account(4), "Acme Supplies", ""));
    fixture.open(data);
    robot.clickOn("#nav-explorer");
    robot.clickOn("#explorer-index-start");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(text("#explorer-index-coverage"))
        .startsWith("Indexed blocks 0.." + chain.anvil.blockNumber());
  }

  private String text(String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  private void search(String text) {
    TextField field = robot.lookup("#explorer-search").queryAs(TextField.class);
    robot.interact(() -> field.setText(text));
    robot.clickOn(field).type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @SuppressWarnings("unchecked")
  private TableView<QueryRecords.HistoryItem> history() {
    return robot.lookup("#explorer-address-history").queryAs(TableView.class);
  }

  /** The label column's text: the address book's name (set up above) or nothing. */
  private String label(io.abacus.wallet.address.Address a) {
    return a.equals(chain.account(4)) ? "Acme Supplies" : "";
  }

  @Test
  void suggestionsThenSearchFilterExportAndGraph() throws Exception {
    openAndIndex();
    typingShowsSuggestionsEnterStillSearchesAndArrowDownOpensTheChosenOne();

    search(chain.transferTx);
    assertThat(robot.lookup("#explorer-tx-hash").tryQuery()).isPresent();
    assertThat(text("#explorer-tx-status")).isEqualTo("Success");
    assertThat(robot.lookup("#explorer-tx-input").queryTextInputControl().getText())
        .startsWith("transfer(address,uint256)");

    Address payer = chain.account(1);
    search(payer.toString());
    assertThat(history().getItems()).hasSize(12);

    TextField token = robot.lookup("#explorer-filter-token").queryAs(TextField.class);
    robot.interact(() -> token.setText(chain.token.toString()));
    robot.clickOn("#explorer-filter-apply");
    assertThat(history().getItems())
        .extracting(QueryRecords.HistoryItem::hash)
        .containsExactly(chain.transferTx, chain.mintTx);

    robot.interact(() -> token.setText(""));
    LocalDate before = chain.tokenDay.atOffset(ZoneOffset.UTC).toLocalDate().minusDays(1);
    DatePicker to = robot.lookup("#explorer-filter-to").queryAs(DatePicker.class);
    robot.interact(() -> to.setValue(before));
    robot.clickOn("#explorer-filter-apply");
    assertThat(history().getItems())
        .extracting(QueryRecords.HistoryItem::hash)
        .containsExactlyInAnyOrderElementsOf(chain.payments.subList(0, 6));

    Path exports = Files.createDirectories(data.resolve("exports"));
    Node root = robot.lookup("#explorer-root").query();
    robot.interact(() -> root.getProperties().put(ExplorerUi.EXPORT_DIRECTORY, exports));
    io.abacus.app.journey.SandboxWindow.reveal(robot, "#explorer-address-csv"); // the page scrolls
    robot.clickOn("#explorer-address-csv");
    WaitForAsyncUtils.waitForFxEvents();
    List<String> rows = Files.readAllLines(exports.resolve(payer + ".csv"));
    ExplorerDatabase db = ExplorerDatabase.open(IndexLocations.of(data, chain.network));
    try (AddressQueries q = new AddressQueries(db)) {
      HistoryFilter f =
          HistoryFilter.none()
              .withTimes(
                  null,
                  before.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1));
      List<QueryRecords.HistoryItem> expected = q.history(payer, f, 100, null).items();
      assertThat(rows).hasSize(expected.size() + 1);
      for (int i = 0; i < expected.size(); i++) {
        QueryRecords.HistoryItem e = expected.get(i);
        assertThat(rows.get(i + 1))
            .isEqualTo(
                e.blockNumber()
                    + ","
                    + e.index()
                    + ","
                    + e.timestamp()
                    + ","
                    + e.hash()
                    + ","
                    + e.direction()
                    + ","
                    + e.method()
                    + ","
                    + e.from()
                    + ","
                    + label(e.from())
                    + ","
                    + e.to()
                    + ","
                    + label(e.to())
                    + ","
                    + e.value()
                    + ","
                    + e.status()
                    // internal_in_wei, internal_out_wei: this index has no traces
                    + ",0,0");
      }
    }

    io.abacus.app.journey.SandboxWindow.reveal(robot, "#explorer-address-graph");
    robot.clickOn("#explorer-address-graph");
    WaitForAsyncUtils.waitForFxEvents();
    Set<Circle> nodes =
        robot
            .lookup(
                n ->
                    n instanceof Circle
                        && n.getId() != null
                        && n.getId().startsWith("explorer-graph-node-"))
            .queryAllAs(Circle.class);
    assertThat(nodes).extracting(Node::getUserData).doesNotContain(chain.account(7));
    Circle three =
        nodes.stream()
            .filter(c -> chain.account(3).equals(c.getUserData()))
            .findFirst()
            .orElseThrow();
    robot.clickOn(three);
    WaitForAsyncUtils.waitForFxEvents();
    Set<Circle> after =
        robot
            .lookup(
                n ->
                    n instanceof Circle
                        && n.getId() != null
                        && n.getId().startsWith("explorer-graph-node-"))
            .queryAllAs(Circle.class);
    assertThat(after).hasSize(nodes.size() + 1);
    assertThat(after).extracting(Node::getUserData).contains(chain.account(7));

    robot.clickOn("#explorer-back");
    assertThat(robot.lookup("#explorer-address-history").tryQuery()).isPresent();
  }

  /**
   * Both suggestion checks, first in the search-filter-export walk's window (they were a test of
   * their own that opened and indexed the same chain again): what they prove is the search field's
   * behaviour on a fresh index, not opening and indexing, which every test here walks through.
   */
  private void typingShowsSuggestionsEnterStillSearchesAndArrowDownOpensTheChosenOne() {
    String prefix = chain.transferTx.substring(0, 8);
    robot.clickOn("#explorer-search").write(prefix);
    WaitForAsyncUtils.waitForFxEvents();
    TextField field = robot.lookup("#explorer-search").queryAs(TextField.class);
    assertThat(field.getText()).isEqualTo(prefix); // typing goes on while suggestions show
    assertThat(robot.lookup("#explorer-suggestion-0").tryQuery()).isPresent();
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#explorer-tx-hash").tryQuery()).isPresent();
    assertThat(robot.lookup("#explorer-address-value").tryQuery()).isEmpty();

    TextField again = robot.lookup("#explorer-search").queryAs(TextField.class);
    robot.interact(() -> again.setText(""));
    robot.clickOn(again).write("acme");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#explorer-suggestion-0").tryQuery()).isPresent();
    robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#explorer-address-value").tryQuery()).isPresent();
  }

  @Test
  void aReorgAppearsInTheIndexManager() throws Exception {
    String snapshot = chain.anvil.snapshot();
    long forkPoint = chain.anvil.blockNumber();
    chain.pay(1, 2, 11);
    chain.pay(1, 2, 12);
    chain.pay(1, 2, 13);
    openAndIndex();
    @SuppressWarnings("unchecked")
    TableView<QueryRecords.ReorgRecord> reorgs =
        robot.lookup("#explorer-index-reorgs").queryAs(TableView.class);
    assertThat(reorgs.getItems()).isEmpty();
    assertThat(reorgs.isVisible()).as("no empty reorg table on the first screen").isFalse();

    chain.anvil.revert(snapshot);
    chain.pay(4, 5, 99);
    chain.anvil.mine(4);
    robot.clickOn("#explorer-index-start");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(reorgs.getItems())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.depth()).isEqualTo(3);
              assertThat(r.height()).isEqualTo(forkPoint + 1);
            });
    assertThat(reorgs.isVisible()).isTrue();
    assertThat(text("#explorer-index-coverage"))
        .startsWith("Indexed blocks 0.." + chain.anvil.blockNumber());
  }
}
