package io.abacus.app.journey;

import io.abacus.app.desktop.AbacusWindow;
import io.abacus.app.settings.Theme;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.ui.Png;
import io.abacus.wallet.bip39.Mnemonic;
import io.abacus.wallet.bip39.Wordlist;
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
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real Abacus window as a newcomer first sees it: a fresh data folder (so the Sandbox is the
 * network), background work on the FX thread, a given window size; with the steps the journey flow
 * tests share (create a wallet with its backup check, read a label, scroll to a control, screenshot
 * the window).
 */
public final class SandboxWindow {
  /** The password of the wallets {@link #createWallet} creates. */
  public static final String PASSWORD = "correct horse 9";

  private final FxRobot robot = new FxRobot();
  private final AtomicReference<AbacusWindow> window = new AtomicReference<>();
  private final AtomicReference<Stage> stage = new AtomicReference<>();

  private SandboxWindow() {}

  /** Opens the window on the fresh data folder {@code data} at {@code width}x{@code height}. */
  public static SandboxWindow open(Path data, int width, int height) throws Exception {
    return open(data, width, height, null);
  }

  /**
   * Opens the window as {@link #open} does, on a data folder whose only content is the wallet
   * {@code name} (new random words, {@link #PASSWORD}), put into the vault as the command line or
   * an earlier run would, and unlocks it from the window's unlock form. For flows whose claim
   * starts after the wallet exists: typing the words back through the create form is {@link
   * #createWallet}'s, which NewcomerJourneyFlowTest walks.
   */
  public static SandboxWindow openUnlocked(Path data, int width, int height, String name)
      throws Exception {
    SandboxWindow w = open(data, width, height, name);
    w.robot.clickOn("#unlock-password").write(PASSWORD);
    w.robot.clickOn("#unlock-button");
    w.waitForAccounts();
    return w;
  }

  private static SandboxWindow open(Path data, int width, int height, String wallet)
      throws Exception {
    SandboxWindow w = new SandboxWindow();
    Vault vault = new Vault(data.resolve("wallets"), VaultKdf.TESTING, new SecureRandom());
    if (wallet != null) {
      try (Mnemonic m = Mnemonic.generate(12, new SecureRandom(), Wordlist.english())) {
        vault.create(wallet, m, null, PASSWORD.toCharArray()).lock();
      }
    }
    FxToolkit.registerPrimaryStage();
    FxToolkit.setupStage(
        (Stage s) -> {
          try {
            AbacusWindow a =
                AbacusWindow.create(data, TaskExecutor.sameThread(), Locale.ENGLISH, vault);
            a.show(s);
            s.setWidth(width);
            s.setHeight(height);
            w.window.set(a);
            w.stage.set(s);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    return w;
  }

  public AbacusWindow window() {
    return window.get();
  }

  public Stage stage() {
    return stage.get();
  }

  /** Stops the Sandbox node the window started and closes the window. */
  public void close() throws Exception {
    try {
      if (window.get() != null) {
        robot.interact(() -> window.get().appSettings().update(s -> s.withTheme(Theme.LIGHT)));
        window.get().sandbox().stopNow();
      }
    } finally {
      FxToolkit.cleanupStages();
    }
  }

  /** Creates the wallet {@code name} as a newcomer does: password, words, the backup check. */
  public void createWallet(String name) throws Exception {
    robot.clickOn("#create-name").write(name);
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
    waitForAccounts();
  }

  private void waitForAccounts() throws Exception {
    WaitForAsyncUtils.waitFor(
        30,
        TimeUnit.SECONDS,
        () -> robot.lookup("#accounts-table").tryQuery().map(n -> n.isVisible()).orElse(false));
  }

  /** The text of the label {@code id}. */
  public String label(String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  /** Scrolls the page as a person would until {@code id} is in view (the Sandbox bar is tall). */
  public void reveal(String id) {
    reveal(robot, id);
  }

  /** Scrolls the page that holds {@code id} until it is in view, as a person would. */
  public static void reveal(FxRobot robot, String id) {
    Node node = robot.lookup(id).query();
    robot.interact(
        () -> {
          Node p = node.getParent();
          while (p != null && !(p instanceof ScrollPane)) {
            p = p.getParent();
          }
          if (p instanceof ScrollPane scroll && scroll.getContent() != null) {
            Node content = scroll.getContent();
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

  /** Resizes the window (not maximised) and lets it lay out. */
  public void resize(int width, int height) {
    robot.interact(
        () -> {
          stage.get().setMaximized(false);
          stage.get().setWidth(width);
          stage.get().setHeight(height);
        });
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> stage.get().getScene().getRoot().layout());
  }

  /** Switches the theme as Settings does. */
  public void theme(Theme theme) {
    robot.interact(() -> window.get().appSettings().update(s -> s.withTheme(theme)));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Writes what the window shows to {@code file} (PNG). */
  public void snapshot(Path file) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    Png.shoot(stage.get().getScene(), file);
  }
}
