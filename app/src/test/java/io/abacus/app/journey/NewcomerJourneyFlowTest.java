package io.abacus.app.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.accounts.WalletPagesFit;
import io.abacus.app.payments.activity.ActivityItem;
import io.abacus.app.shell.Section;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13's whole newcomer journey in the real window at 1024x700, on a fresh data folder (so on
 * the Sandbox): create a wallet with its backup check, "Get test ETH" on Accounts, the 1,000 TUSD
 * in Activity without opening the explorer, then {@link WalletPagesFit}'s checks of every wallet
 * page at three sizes on that filled wallet, pay a first-time recipient (the warning shows), copy
 * the hash, open it in the explorer (no index built: the page reads it from the node).
 */
class NewcomerJourneyFlowTest {
  static final String FIRST_TIME = "0x5555555555555555555555555555555555555555";
  static final String PASSWORD = SandboxWindow.PASSWORD;

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
  void createGetTestEthCheckEveryPageFitsPayAFirstTimeRecipientOpenTheHashInTheExplorer()
      throws Exception {
    app = SandboxWindow.open(data, 1024, 700);

    app.createWallet("shop");

    robot.clickOn("#nav-accounts");
    robot.clickOn("#accountsGetTestEth");
    WaitForAsyncUtils.waitFor(
        120,
        TimeUnit.SECONDS,
        () -> label("#sandbox-state").contains("Added") || !label("#sandbox-error").isEmpty());
    assertThat(label("#sandbox-error")).isEmpty();

    robot.clickOn("#nav-activity");
    @SuppressWarnings("unchecked")
    TableView<ActivityItem> activity = robot.lookup("#activity-table").queryAs(TableView.class);
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () ->
            activity.getItems().stream()
                .anyMatch(i -> i.asset().equals("TUSD") && i.amount().equals("1000")));
    assertThat(app.window().mainModel().sectionProperty().get()).isEqualTo(Section.ACTIVITY);

    // Issue 13's wallet pages on the wallet just filled (one Sandbox for both walks).
    new WalletPagesFit(app.window(), app.stage()).check();
    app.resize(1024, 700);

    robot.clickOn("#nav-send");
    try {
      WaitForAsyncUtils.waitFor(
          30, TimeUnit.SECONDS, () -> label("#send-from-balance").endsWith(" ETH"));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError(
          "balance shows '"
              + label("#send-from-balance")
              + "', error '"
              + label("#send-error")
              + "'");
    }
    assertThat(label("#send-from-balance")).isEqualTo("Balance: 10 ETH");
    robot.clickOn("#send-recipient").write(FIRST_TIME);
    robot.clickOn("#send-amount").write("0.25");
    reveal("#send-review");
    robot.clickOn("#send-review");
    try {
      WaitForAsyncUtils.waitFor(
          30,
          TimeUnit.SECONDS,
          () -> robot.lookup("#review-warning-first_time").tryQuery().isPresent());
    } catch (java.util.concurrent.TimeoutException e) {
      snapshot(Path.of("/tmp/journey-review.png"));
      throw new AssertionError("no review; error '" + label("#send-error") + "'");
    }
    Label warning = robot.lookup("#review-warning-first_time").queryAs(Label.class);
    assertThat(warning.isVisible()).isTrue();
    assertThat(warning.getText()).contains("never paid this address");
    reveal("#send-password");
    robot.clickOn("#send-password").write(PASSWORD);
    reveal("#send-sign");
    robot.clickOn("#send-sign");
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () -> label("#send-status").startsWith("Confirmed") || !label("#send-error").isEmpty());
    assertThat(label("#send-error")).isEmpty();

    reveal("#send-hash");
    TextField hash = robot.lookup("#send-hash").queryAs(TextField.class);
    assertThat(hash.getText()).matches("0x[0-9a-f]{64}");
    robot.clickOn(hash).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
    assertThat(hash.getSelectedText()).isEqualTo(hash.getText());
    reveal("#send-hash-copy");
    robot.clickOn("#send-hash-copy");
    AtomicReference<String> copied = new AtomicReference<>();
    robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
    assertThat(copied.get()).isEqualTo(hash.getText());

    reveal("#send-open-explorer");
    robot.clickOn("#send-open-explorer");
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> robot.lookup("#explorer-tx-status").tryQuery().isPresent());
    assertThat(app.window().mainModel().sectionProperty().get()).isEqualTo(Section.EXPLORER);
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> label("#explorer-tx-status").equals("Success"));
    assertThat(label("#explorer-tx-notice")).contains("not in the explorer index yet");
  }

  private void reveal(String id) {
    app.reveal(id);
  }

  private void snapshot(Path file) throws Exception {
    app.snapshot(file);
  }

  private String label(String id) {
    return app.label(id);
  }
}
