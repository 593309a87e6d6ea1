package io.abacus.app.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.abacus.app.node.NodeClients;
import io.abacus.app.sandbox.DemoBusiness;
import io.abacus.app.sandbox.TestUsd;
import io.abacus.app.settings.Theme;
import io.abacus.app.ui.TextFit;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.wallet.address.Address;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14's "Done when" in the real window at 1024x700 on a fresh data folder (the Sandbox; its
 * only content a wallet, unlocked in the window): "Generate demo activity", index it from the
 * explorer, search a demo business by part of its name ("Bakery"): its address page shows the name,
 * TUSD amounts in units and a balance chart whose last point is the node's balance; search "TUSD":
 * the token page. The suggestion list stays inside the window, a failed search's message goes away
 * on the next page, and no text is cut on any explorer page at 1024x700 and 1400x900. With {@code
 * -Dabacus.screenshots=DIR} it writes the token, address and graph pages in both themes at 1024x700
 * to DIR.
 */
class ExplorerNamesFlowTest {
  static final Pattern TUSD = Pattern.compile("([+−])([0-9][0-9,]*(?:\\.[0-9]+)?) TUSD");
  static final int[][] SIZES = {{1024, 700}, {1400, 900}};

  @TempDir Path data;
  final FxRobot robot = new FxRobot();
  SandboxWindow app;

  @AfterEach
  void close() throws Exception {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void demoActivityIndexedThenABusinessFoundByNameAndTheTokenBySymbol() throws Exception {
    // The wallet is put in the vault and unlocked in the window: creating it through the window
    // (words, backup check) is NewcomerJourneyFlowTest's claim, not this one's.
    app = SandboxWindow.openUnlocked(data, 1024, 700, "shop");
    robot.clickOn("#nav-accounts");
    app.reveal("#sandbox-demo");
    robot.clickOn("#sandbox-demo");
    WaitForAsyncUtils.waitFor(
        600,
        TimeUnit.SECONDS,
        () ->
            app.label("#sandbox-state").contains("Demo activity generated")
                || !app.label("#sandbox-error").isEmpty());
    assertThat(app.label("#sandbox-error")).isEmpty();

    robot.clickOn("#nav-explorer");
    robot.clickOn("#explorer-index-start");
    WaitForAsyncUtils.waitFor(
        300, TimeUnit.SECONDS, () -> app.label("#explorer-index-status").equals("Up to date"));

    suggestionsStayInsideTheWindow();
    search("no business is called this");
    assertThat(app.label("#explorer-search-message")).contains("Nothing in the index matches");
    robot.interact(() -> app.stage().getScene().getRoot().layout());
    assertThat(TextFit.cutIn(app.stage().getScene()))
        .as("the toolbar beside a failed search's message (buttons read \"In…\")")
        .isEmpty();

    DemoBusiness bakery =
        DemoBusiness.all().stream()
            .filter(b -> b.name().contains("Bakery"))
            .findFirst()
            .orElseThrow();
    search("Bakery");
    assertThat(app.label("#explorer-search-message")).as("message of the failed search").isEmpty();
    assertThat(robot.lookup("#explorer-address-label").queryAs(TextField.class).getText())
        .isEqualTo(bakery.name());
    tusdAmountsInUnits();
    assertThat(lastChartPoint()).isCloseTo(nodeBalance(bakery.address()), within(1e-9));
    // Layout problems are collected and reported together at the end (a plain list: AssertJ's
    // SoftAssertions generated its proxy classes here, a tenth of this class's Java CPU).
    List<String> layout = new ArrayList<>();
    double low = history().getHeight();
    if (!(low > 36 + 5 * 36)) {
      layout.add("history at 1024x700 (two rows before): " + low + " px, want > " + (36 + 5 * 36));
    }
    app.resize(1400, 900);
    double high = history().getHeight();
    if (!(high >= low + 100)) {
      layout.add(
          "the history takes the free height of a taller window: "
              + high
              + " px, want >= "
              + (low + 100));
    }
    app.resize(1024, 700);
    String tokenTx = withTokenTransfer().hash();
    long block = withTokenTransfer().blockNumber();

    search("TUSD");
    assertThat(app.label("#explorer-token-title")).startsWith("TUSD");
    assertThat(robot.lookup("#explorer-token-holders").queryAs(TableView.class).getItems())
        .isNotEmpty();

    String shots = System.getProperty("abacus.screenshots", "");
    if (!shots.isEmpty()) {
      screenshots(Path.of(shots));
    }
    for (String cut : cutTextOnEveryExplorerPage(tokenTx, block)) {
      layout.add("labelled control whose text is cut: " + cut);
    }
    assertThat(layout).as("layout at 1024x700 and 1400x900").isEmpty();
  }

  private void suggestionsStayInsideTheWindow() {
    TextField field = robot.lookup("#explorer-search").queryAs(TextField.class);
    robot.clickOn(field).write("a");
    WaitForAsyncUtils.waitForFxEvents();
    Node first = robot.lookup("#explorer-suggestion-0").query();
    Window popup = first.getScene().getWindow();
    Window main = field.getScene().getWindow();
    assertThat(popup).isNotSameAs(main);
    assertThat(popup.getX()).isGreaterThanOrEqualTo(main.getX());
    assertThat(popup.getX() + popup.getWidth()).isLessThanOrEqualTo(main.getX() + main.getWidth());
    assertThat(popup.getY() + popup.getHeight())
        .isLessThanOrEqualTo(main.getY() + main.getHeight());
    robot.type(KeyCode.ESCAPE);
    robot.interact(() -> field.setText(""));
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

  private QueryRecords.HistoryItem withTokenTransfer() {
    return history().getItems().stream()
        .filter(i -> !i.tokenTransfers().isEmpty())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no TUSD payment in the first page of history"));
  }

  /** Every visible value cell shows each TUSD transfer as units, e.g. "+250 TUSD". */
  private void tusdAmountsInUnits() {
    Set<TableCell<?, ?>> cells =
        robot
            .lookup(
                n ->
                    n instanceof TableCell<?, ?> c
                        && c.getTableView() == history()
                        && c.getTableColumn() != null
                        && "Value".equals(c.getTableColumn().getText())
                        && c.getTableRow() != null
                        && c.getTableRow().getItem() != null)
            .queryAll();
    int checked = 0;
    for (TableCell<?, ?> cell : cells) {
      QueryRecords.HistoryItem item = (QueryRecords.HistoryItem) cell.getTableRow().getItem();
      List<BigDecimal> shown = new ArrayList<>();
      Matcher m = TUSD.matcher(cell.getText());
      while (m.find()) {
        shown.add(new BigDecimal(m.group(2).replace(",", "")));
      }
      List<BigDecimal> expected =
          item.tokenTransfers().stream()
              .map(t -> new BigDecimal(t.value()).movePointLeft(TestUsd.DECIMALS))
              .toList();
      assertThat(new HashSet<>(strip(shown)))
          .as("TUSD amounts in \"%s\"", cell.getText())
          .isEqualTo(new HashSet<>(strip(expected)));
      checked += expected.size();
    }
    assertThat(checked).as("TUSD payments seen in the history").isPositive();
  }

  private static List<BigDecimal> strip(List<BigDecimal> values) {
    return values.stream().map(BigDecimal::stripTrailingZeros).toList();
  }

  @SuppressWarnings("unchecked")
  private double lastChartPoint() {
    LineChart<Number, Number> chart =
        robot.lookup("#explorer-address-chart").queryAs(LineChart.class);
    List<XYChart.Data<Number, Number>> points = chart.getData().get(0).getData();
    assertThat(points).isNotEmpty();
    return points.get(points.size() - 1).getYValue().doubleValue();
  }

  private double nodeBalance(Address a) {
    var network = app.window().settings().selectedNetwork().orElseThrow();
    String hex =
        NodeClients.explorerClient(network).call("eth_getBalance", a.toString(), "latest").asText();
    return new BigDecimal(new BigInteger(hex.substring(2), 16)).movePointLeft(18).doubleValue();
  }

  private void screenshots(Path out) throws Exception {
    app.resize(1024, 700);
    for (Theme theme : Theme.values()) {
      String suffix = theme == Theme.DARK ? "-dark.png" : "-light.png";
      app.theme(theme);
      search("TUSD");
      app.snapshot(out.resolve("explorer-token" + suffix));
      search("Bakery");
      app.snapshot(out.resolve("explorer-address" + suffix));
      robot.clickOn("#explorer-address-graph");
      app.snapshot(out.resolve("explorer-graph-bakery" + suffix));
    }
    app.theme(Theme.LIGHT);
    // the larger window the issue saw "two rows" of history in
    app.resize(1400, 900);
    search("Bakery");
    app.snapshot(out.resolve("explorer-address-1400x900-light.png"));
    app.resize(1024, 700);
  }

  /**
   * Opens each explorer page once and checks it at both sizes: at the size the window has, then
   * resized in place to the other one (as a person would resize it), so the pages are opened at
   * 1024x700 and 1400x900 in turn and every page is checked at each size.
   */
  private List<String> cutTextOnEveryExplorerPage(String tx, long block) {
    List<String> cut = new ArrayList<>();
    List<Runnable> pages =
        List.of(
            () -> robot.clickOn("#explorer-nav-index"),
            () -> robot.clickOn("#explorer-nav-blocks"),
            () -> search(Long.toString(block)),
            () -> search(tx),
            () -> search("Bakery"),
            () -> robot.clickOn("#explorer-address-graph"),
            () -> search("TUSD"),
            () -> robot.clickOn("#explorer-nav-charts"));
    String[] names = {"index", "blocks", "block", "tx", "address", "graph", "token", "charts"};
    int size = 0;
    app.resize(SIZES[size][0], SIZES[size][1]);
    for (int i = 0; i < pages.size(); i++) {
      pages.get(i).run();
      WaitForAsyncUtils.waitForFxEvents();
      cutAt(SIZES[size], names[i], cut);
      size = 1 - size;
      app.resize(SIZES[size][0], SIZES[size][1]);
      cutAt(SIZES[size], names[i], cut);
    }
    return cut;
  }

  private void cutAt(int[] size, String page, List<String> cut) {
    robot.interact(() -> app.stage().getScene().getRoot().layout());
    for (TextFit.Cut c : TextFit.cutIn(app.stage().getScene())) {
      cut.add(size[0] + "x" + size[1] + " " + page + ": " + c);
    }
  }
}
