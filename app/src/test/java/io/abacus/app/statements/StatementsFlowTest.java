package io.abacus.app.statements;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.payments.PaymentsWindow;
import io.abacus.app.payments.Testbed;
import io.abacus.app.shell.Section;
import io.abacus.app.ui.Png;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Statements page in the real window on anvil: create a statement, verify it as a lender. */
@WithAnvil
class StatementsFlowTest {
  @TempDir Path data;
  final FxRobot robot = new FxRobot();
  PaymentsWindow window;

  @AfterEach
  void close() throws Exception {
    if (window != null) {
      window.close();
    }
  }

  @Test
  void createAStatementThenVerifyItInTheLenderView(Anvil anvil) throws Exception {
    window = new PaymentsWindow(data).open(anvil.rpcUrl(), anvil.chainId());
    Stage stage = (Stage) robot.lookup("#nav-statements").query().getScene().getWindow();
    robot.interact(
        () -> {
          stage.setMaximized(false);
          stage.setWidth(1024);
          stage.setHeight(700);
        });
    String me = window.window().session().selectedAccountProperty().get().address().toString();
    long from = anvil.blockNumber() + 1;
    send(anvil, anvil.account(4).address(), me, "0x1bc16d674ec80000");
    send(anvil, me, anvil.account(5).address(), "0x6f05b59d3b20000");
    long to = anvil.blockNumber();
    Path json = data.resolve("out/statement.json");
    Files.createDirectories(json.getParent());

    robot.clickOn("#nav-statements");
    robot.clickOn("#statement-from").write(String.valueOf(from));
    robot.clickOn("#statement-to").write(String.valueOf(to));
    set("#statement-json-path", json.toString());
    set("#statement-pdf-path", data.resolve("out/statement.pdf").toString());
    robot.clickOn("#statement-create");
    assertThat(label("#statement-error")).isEmpty();
    assertThat(label("#statement-status"))
        .isEqualTo("2 movements in blocks " + from + "–" + to + ", saved as statement.json");
    assertThat(Files.size(data.resolve("out/statement.pdf"))).isPositive();
    shoot("statements-1024.png");

    set("#verify-statement-path", json.toString());
    robot.clickOn("#verify-statement");
    assertThat(label("#verify-statement-summary")).isEqualTo("Valid: 2 movements, signed by " + me);
    assertThat(label("#verify-statement-counts")).startsWith("signature 0 · altered 0");

    Path edited = data.resolve("out/edited.json");
    Files.writeString(edited, Files.readString(json).replace("\"2\"", "\"20\""));
    set("#verify-statement-path", edited.toString());
    robot.clickOn("#verify-statement");
    assertThat(label("#verify-statement-summary")).startsWith("Not valid:");
    @SuppressWarnings("unchecked")
    TableView<VerifyStatementViewModel.Row> table =
        robot.lookup("#verify-statement-problems").queryAs(TableView.class);
    assertThat(table.getItems())
        .extracting(VerifyStatementViewModel.Row::kind)
        .contains("signature", "altered");

    robot.interact(() -> robot.lookup("#statements-page").queryAs(ScrollPane.class).setVvalue(1));
    WaitForAsyncUtils.waitForFxEvents();
    shoot("statement-verify-1024.png");
    TableRow<?> altered =
        robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
            .filter(
                r ->
                    r.getItem() instanceof VerifyStatementViewModel.Row row
                        && row.kind().equals("altered"))
            .findFirst()
            .orElseThrow();
    robot.doubleClickOn(altered);
    assertThat(window.window().mainModel().sectionProperty().get()).isEqualTo(Section.EXPLORER);
  }

  /** With {@code -Dabacus.screenshots=DIR}, writes the window as it is to {@code DIR/name}. */
  private void shoot(String name) throws Exception {
    String dir = System.getProperty("abacus.screenshots");
    if (dir == null) {
      return;
    }
    WaitForAsyncUtils.waitForFxEvents();
    Thread.sleep(300);
    WaitForAsyncUtils.waitForFxEvents();
    Png.shoot(robot.lookup("#statements-page").query().getScene(), Path.of(dir, name));
  }

  private void set(String id, String text) {
    robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
  }

  private String label(String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  private static void send(Anvil anvil, String from, String to, String value) {
    Map<String, Object> tx = new LinkedHashMap<>();
    tx.put("from", from);
    tx.put("to", to);
    tx.put("value", value);
    Testbed.awaitReceipt(anvil, anvil.call("eth_sendTransaction", tx).asText());
  }
}
