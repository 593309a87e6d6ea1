package io.abacus.app.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.desktop.AbacusWindow;
import io.abacus.app.payments.activity.ActivityItem;
import io.abacus.app.shell.Section;
import io.abacus.app.task.TaskExecutor;
import io.abacus.wallet.vault.Vault;
import io.abacus.wallet.vault.VaultKdf;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13's whole newcomer journey in the real window at 1024x700, on a fresh data folder (so on
 * the Sandbox): create a wallet with its backup check, "Get test ETH" on Accounts, the 1,000 TUSD
 * in Activity without opening the explorer, pay a first-time recipient (the warning shows), copy
 * the hash, open it in the explorer (no index built: the page reads it from the node).
 */
class NewcomerJourneyFlowTest {
  static final String FIRST_TIME = "0x5555555555555555555555555555555555555555";
  static final String PASSWORD = "correct horse 9";

  @TempDir Path data;
  final FxRobot robot = new FxRobot();
  final AtomicReference<AbacusWindow> window = new AtomicReference<>();

  @AfterEach
  void close() throws Exception {
    try {
      if (window.get() != null) {
        window.get().sandbox().stopNow();
      }
    } finally {
      FxToolkit.cleanupStages();
    }
  }

  @Test
  void createGetTestEthSeeTusdPayAFirstTimeRecipientCopyTheHashOpenItInTheExplorer()
      throws Exception {
    Vault vault = new Vault(data.resolve("wallets"), VaultKdf.TESTING, new SecureRandom());
    FxToolkit.registerPrimaryStage();
    FxToolkit.setupStage(
        (Stage s) -> {
          try {
            AbacusWindow w =
                AbacusWindow.create(data, TaskExecutor.sameThread(), Locale.ENGLISH, vault);
            w.show(s);
            s.setWidth(1024);
            s.setHeight(700);
            window.set(w);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });

    createWallet();

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
    assertThat(window.get().mainModel().sectionProperty().get()).isEqualTo(Section.ACTIVITY);

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
    assertThat(window.get().mainModel().sectionProperty().get()).isEqualTo(Section.EXPLORER);
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> label("#explorer-tx-status").equals("Success"));
    assertThat(label("#explorer-tx-notice")).contains("not in the explorer index yet");
  }

  private void createWallet() throws Exception {
    robot.clickOn("#create-name").write("shop");
    robot.clickOn("#create-password").write(PASSWORD);
    robot.clickOn("#create-confirm").write(PASSWORD);
    robot.clickOn("#create-next");
    List<String> words = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      String text = label("#create-word-" + i);
      words.add(text.substring(text.indexOf(' ') + 1));
    }
    robot.clickOn("#create-written");
    for (int i = 0; i < 3; i++) {
      TextField field = robot.lookup("#create-check-" + i).queryAs(TextField.class);
      int position = (Integer) field.getUserData();
      robot.clickOn("#create-check-" + i).write(words.get(position - 1));
    }
    robot.clickOn("#create-confirm-button");
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () -> robot.lookup("#accounts-table").tryQuery().map(n -> n.isVisible()).orElse(false));
  }

  /** Scrolls the page as a person would until {@code id} is in view (the Sandbox bar is tall). */
  private void reveal(String id) {
    javafx.scene.Node node = robot.lookup(id).query();
    robot.interact(
        () -> {
          javafx.scene.Node p = node.getParent();
          while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
            p = p.getParent();
          }
          if (p instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
            javafx.scene.Node content = scroll.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double extra =
                content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            if (extra > 0) {
              scroll.setVvalue(Math.max(0, Math.min(1, (y - 40) / extra)));
            }
          }
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void snapshot(Path file) throws Exception {
    AtomicReference<javafx.scene.image.WritableImage> shot = new AtomicReference<>();
    robot.interact(() -> shot.set(robot.lookup("#nav-send").query().getScene().snapshot(null)));
    javafx.scene.image.WritableImage image = shot.get();
    java.awt.image.BufferedImage png =
        new java.awt.image.BufferedImage(
            (int) image.getWidth(),
            (int) image.getHeight(),
            java.awt.image.BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < png.getHeight(); y++) {
      for (int x = 0; x < png.getWidth(); x++) {
        png.setRGB(x, y, image.getPixelReader().getArgb(x, y));
      }
    }
    javax.imageio.ImageIO.write(png, "png", file.toFile());
  }

  private String label(String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }
}
