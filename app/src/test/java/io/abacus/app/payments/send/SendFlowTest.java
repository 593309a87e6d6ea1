package io.abacus.app.payments.send;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.payments.PaymentsWindow;
import io.abacus.app.settings.Theme;
import io.abacus.app.shell.Section;
import io.abacus.app.ui.AddressText;
import io.abacus.app.ui.Png;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Send journey in the real window at 1024x700 on anvil: the paying account and its balance, a
 * first-time recipient warned in the review, then the hash selected, copied and opened in the
 * explorer. With {@code -Dabacus.screenshots=DIR} it also saves the review in both themes.
 */
@WithAnvil
class SendFlowTest {
  static final String NEWCOMER = "0x5555555555555555555555555555555555555555";
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
  void payAFirstTimeRecipientThenCopyTheHashAndOpenItInTheExplorer(Anvil anvil) throws Exception {
    window = new PaymentsWindow(data).open(anvil.rpcUrl(), anvil.chainId());
    String me = window.window().session().selectedAccountProperty().get().address().toString();
    Stage stage = (Stage) robot.lookup("#nav-send").query().getScene().getWindow();
    robot.interact(
        () -> {
          stage.setMaximized(false);
          stage.setWidth(1024);
          stage.setHeight(700);
        });
    robot.clickOn("#nav-send");
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(label("#send-from-address")).isEqualTo(AddressText.grouped(me));
    assertWhole(robot.lookup("#send-from-address").queryAs(Label.class));
    WaitForAsyncUtils.waitFor(
        10, TimeUnit.SECONDS, () -> label("#send-from-balance").endsWith(" ETH"));
    assertThat(label("#send-from-balance")).startsWith("Balance: ").contains(",");

    robot.clickOn("#send-recipient").write(NEWCOMER);
    robot.clickOn("#send-amount").write("0.5");
    shoot("wallet-send-form-1024.png");
    robot.clickOn("#send-review");
    WaitForAsyncUtils.waitForFxEvents();
    Label warning = robot.lookup("#review-warning-first_time").queryAs(Label.class);
    assertThat(warning.isVisible()).isTrue();
    assertThat(warning.getText()).contains("never paid this address");
    assertInsideWindow(warning);
    assertThat(label("#review-change-0")).isEqualTo("−0.5 ETH");
    assertThat(label("#review-change-1")).startsWith("−0.0000").endsWith(" ETH fee at most");
    assertThat(label("#review-to")).isEqualTo(AddressText.grouped(NEWCOMER));
    assertWhole(robot.lookup("#review-to").queryAs(Label.class));
    screenshots();

    robot.clickOn("#send-password").write(PaymentsWindow.password());
    robot.clickOn("#send-sign");
    WaitForAsyncUtils.waitFor(
        60, TimeUnit.SECONDS, () -> label("#send-status").startsWith("Confirmed in block"));
    assertThat(label("#send-status")).endsWith("(1 confirmation).");
    assertThat(label("#send-confirmations")).isEqualTo("1 confirmation");
    shoot("wallet-send-sent-1024.png");

    TextField hash = robot.lookup("#send-hash").queryAs(TextField.class);
    assertThat(hash.getText()).matches("0x[0-9a-f]{64}");
    assertInsideWindow(hash);
    robot.clickOn(hash).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
    assertThat(hash.getSelectedText()).as("the hash can be selected").isEqualTo(hash.getText());

    robot.clickOn("#send-hash-copy");
    AtomicReference<String> copied = new AtomicReference<>();
    robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
    assertThat(copied.get()).isEqualTo(hash.getText());

    robot.clickOn("#send-open-explorer");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(window.window().mainModel().sectionProperty().get()).isEqualTo(Section.EXPLORER);
    Node shown = robot.lookup("#explorer-tx-hash").query();
    assertThat(shown.isVisible()).isTrue();
    assertThat(robot.from(shown).lookup(".hyperlink").queryLabeled().getText())
        .isEqualTo(hash.getText());
  }

  private String label(String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  /** The label shows its whole text (not elided). */
  private static void assertWhole(Label label) {
    String drawn =
        label.getChildrenUnmodifiable().stream()
            .filter(javafx.scene.text.Text.class::isInstance)
            .map(n -> ((javafx.scene.text.Text) n).getText().replace("\n", ""))
            .findFirst()
            .orElseThrow();
    assertThat(drawn).isEqualTo(label.getText().replace("\n", ""));
    assertInsideWindow(label);
  }

  private static void assertInsideWindow(Node node) {
    Bounds b = node.localToScene(node.getBoundsInLocal());
    assertThat(b.getMaxX()).isLessThanOrEqualTo(node.getScene().getWidth());
    assertThat(b.getMinX()).isGreaterThanOrEqualTo(0);
  }

  /** The review in the light and the dark theme, when asked for with -Dabacus.screenshots. */
  private void screenshots() throws Exception {
    String dir = System.getProperty("abacus.screenshots");
    if (dir == null) {
      return;
    }
    save(Path.of(dir, "wallet-send-1024.png"));
    robot.interact(() -> window.window().appSettings().update(s -> s.withTheme(Theme.DARK)));
    save(Path.of(dir, "wallet-send-1024-dark.png"));
    robot.interact(() -> window.window().appSettings().update(s -> s.withTheme(Theme.LIGHT)));
  }

  /** One shot of the window, when asked for with -Dabacus.screenshots. */
  private void shoot(String name) throws Exception {
    String dir = System.getProperty("abacus.screenshots");
    if (dir != null) {
      save(Path.of(dir, name));
    }
  }

  private void save(Path file) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    Png.shoot(robot.lookup("#nav-send").query().getScene(), file);
  }
}
