package io.abacus.app.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.payments.PaymentsWindow;
import io.abacus.app.payments.Testbed;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.ui.Png;
import io.abacus.app.ui.TextFit;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16's flow in the real window: import a CSV, review it with one invalid row, fix the file
 * and import it again, pay, leave the page mid-run, come back, see it finish, export the result
 * CSV.
 */
@WithAnvil
class PayoutsFlowTest {
  @TempDir Path data;
  final FxRobot robot = new FxRobot();
  PaymentsWindow window;
  TaskExecutor executor;
  Anvil anvil;

  @AfterEach
  void close() throws Exception {
    if (anvil != null) {
      anvil.setAutomine(true);
    }
    if (window != null) {
      window.close();
    }
    if (executor != null) {
      executor.close();
    }
  }

  @Test
  void importFixPayLeaveComeBackAndExport(Anvil anvil) throws Exception {
    this.anvil = anvil;
    executor = TaskExecutor.forFx(2);
    window = new PaymentsWindow(data).open(anvil.rpcUrl(), anvil.chainId(), executor);
    Address dave = Address.parse("0x00000000000000000000000000000000000da7e1");
    Address erin = Address.parse("0x00000000000000000000000000000000000e5101");
    Path csv = data.resolve("suppliers.csv");
    Files.writeString(
        csv,
        "to;amount;asset;reference\n"
            + dave
            + ";1.5;ETH;invoice 7\n"
            + erin
            + ";0;ETH;invoice 8\n");
    Stage stage = (Stage) robot.lookup("#main").query().getScene().getWindow();
    robot.interact(
        () -> {
          stage.setMaximized(false);
          stage.setWidth(1024);
          stage.setHeight(700);
        });

    robot.clickOn("#nav-payouts");
    robot.interact(() -> field("#payouts-path").setText(csv.toString()));
    fire("#payouts-import");
    TableView<PayoutLine> table = table();
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> table.getItems().size() == 2 && hasState(table, "error"));
    assertThat(table.getItems().get(1).detail()).isNotBlank();
    assertThat(robot.lookup("#payouts-pay").queryAs(Button.class).isDisabled()).isTrue();
    Scene scene = stage.getScene();
    robot.interact(() -> scene.getRoot().layout());
    assertThat(TextFit.cutIn(scene)).as("text cut at 1024x700").isEmpty();
    shoot(scene, "payouts-1024.png");

    Files.writeString(csv, Files.readString(csv).replace(";0;ETH", ";0.25;ETH"));
    fire("#payouts-reimport");
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () -> table.getItems().stream().allMatch(l -> l.state().equals("ready")));
    assertThat(text("#payouts-totals")).contains("2 of 2 rows").contains("1.75 ETH");

    anvil.setAutomine(false);
    robot.interact(() -> field("#payouts-password").setText(PaymentsWindow.password()));
    fire("#payouts-pay");
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () -> table.getItems().stream().allMatch(l -> l.state().equals("broadcast")));

    robot.clickOn("#nav-activity");
    robot.clickOn("#nav-payouts");
    TableView<PayoutLine> back = table();
    assertThat(back.getItems()).extracting(PayoutLine::state).containsOnly("broadcast");
    assertThat(robot.lookup("#payouts-cancel").queryAs(Button.class).isVisible()).isTrue();

    anvil.mine(1);
    WaitForAsyncUtils.waitFor(
        60, TimeUnit.SECONDS, () -> text("#payouts-message").startsWith("2 paid, 0 failed"));
    assertThat(back.getItems()).extracting(PayoutLine::state).containsOnly("confirmed");
    assertThat(Testbed.client(anvil).balance(dave, "latest"))
        .isEqualTo(new BigInteger("1500000000000000000"));

    Path out = data.resolve("suppliers-result.csv");
    robot.interact(() -> field("#payouts-export-path").setText(out.toString()));
    fire("#payouts-export");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(out));
    List<String> rows = Files.readAllLines(out);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).startsWith("to,amount,asset,reference,address,hash,status");
    assertThat(rows.get(1)).startsWith(dave + ",1.5,ETH,invoice 7,").contains(",confirmed,");
    assertThat(rows.get(2)).startsWith(erin + ",0.25,ETH,invoice 8,").contains(",confirmed,");
  }

  private static boolean hasState(TableView<PayoutLine> t, String state) {
    return t.getItems().stream().anyMatch(l -> l.state().equals(state));
  }

  @SuppressWarnings("unchecked")
  private TableView<PayoutLine> table() {
    return robot.lookup("#payouts-table").queryAs(TableView.class);
  }

  private TextField field(String id) {
    return robot.lookup(id).queryAs(TextField.class);
  }

  private void fire(String id) {
    robot.interact(() -> robot.lookup(id).queryAs(Button.class).fire());
  }

  private String text(String id) {
    String[] t = new String[1];
    robot.interact(() -> t[0] = robot.lookup(id).queryAs(Label.class).getText());
    return t[0];
  }

  /** With {@code -Dabacus.screenshots=DIR}, writes the window as it is to {@code DIR/name}. */
  private void shoot(Scene scene, String name) throws Exception {
    String dir = System.getProperty("abacus.screenshots");
    if (dir != null) {
      WaitForAsyncUtils.waitForFxEvents();
      Png.shoot(scene, Path.of(dir, name));
    }
  }
}
