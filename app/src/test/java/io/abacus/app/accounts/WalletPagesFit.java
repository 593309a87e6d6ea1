package io.abacus.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.desktop.AbacusWindow;
import io.abacus.app.payments.activity.ActivityItem;
import io.abacus.app.settings.Theme;
import io.abacus.app.ui.Png;
import io.abacus.app.ui.TextFit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13's checks of the wallet pages once "Get test ETH" on Accounts has filled a wallet on the
 * Sandbox: the balances in full precision, a note on the first Activity row, a dropdown in the dark
 * theme without a white frame, and no label, button, check box, table header or cell cut off on any
 * wallet page at 1024x700, 1400x900 and 1920x1080. The newcomer journey runs them right after its
 * own "Get test ETH", so one Sandbox serves both. With {@code -Dabacus.screenshots=DIR} it also
 * writes Accounts and Activity at 1024x700 in both themes to DIR.
 */
public final class WalletPagesFit {
  static final String[] PAGES = {
    "#nav-accounts",
    "#nav-send",
    "#nav-receive",
    "#nav-activity",
    "#nav-messages",
    "#nav-addressBook",
    "#nav-settings"
  };
  static final int[][] SIZES = {{1024, 700}, {1400, 900}, {1920, 1080}};

  private final FxRobot robot = new FxRobot();
  private final AbacusWindow window;
  private final Stage stage;

  /** The checks on {@code window}, shown in {@code stage} at 1024x700. */
  public WalletPagesFit(AbacusWindow window, Stage stage) {
    this.window = window;
    this.stage = stage;
  }

  /** Runs every check; leaves the window in the light theme at 1920x1080 on Settings. */
  public void check() throws Exception {
    resize(1024, 700);
    robot.clickOn("#nav-accounts");
    @SuppressWarnings("unchecked")
    TableView<AccountsViewModel.Row> accounts =
        robot.lookup("#accounts-table").queryAs(TableView.class);
    // Balances refresh after the action, in full precision and grouped.
    WaitForAsyncUtils.waitFor(
        60,
        TimeUnit.SECONDS,
        () ->
            accounts.getItems().stream()
                .anyMatch(r -> r.balance().equals("10 ETH") && r.tokens().equals("1,000 TUSD")));
    assertThat(robot.lookup("#sandbox-progress").query().isVisible()).isFalse();

    robot.clickOn("#nav-activity");
    @SuppressWarnings("unchecked")
    TableView<ActivityItem> activity = robot.lookup("#activity-table").queryAs(TableView.class);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !activity.getItems().isEmpty());
    robot.interact(() -> activity.getSelectionModel().select(0));
    robot.clickOn("#activity-label").write("Test money");
    robot.clickOn("#activity-note").write("from Get test ETH on Accounts");
    robot.clickOn("#activity-save-note");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(activity.getItems().get(0).label()).isEqualTo("Test money");

    String shots = System.getProperty("abacus.screenshots", "");
    if (!shots.isEmpty()) {
      screenshots(Path.of(shots));
    }
    dropdownInDarkTheme(shots.isEmpty() ? null : Path.of(shots));

    List<String> cut = new ArrayList<>();
    for (int[] size : SIZES) {
      resize(size[0], size[1]);
      for (String page : PAGES) {
        robot.clickOn(page);
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = stage.getScene();
        robot.interact(() -> scene.getRoot().layout());
        for (TextFit.Cut c : TextFit.cutIn(scene)) {
          cut.add(size[0] + "x" + size[1] + " " + page + ": " + c);
        }
      }
    }
    assertThat(cut).as("labelled controls whose text is cut").isEmpty();
  }

  private void screenshots(Path out) throws Exception {
    Files.createDirectories(out);
    for (Theme theme : Theme.values()) {
      theme(theme);
      String suffix = theme == Theme.DARK ? "-dark" : "";
      robot.clickOn("#nav-accounts");
      shoot(out.resolve("wallet-accounts-1024" + suffix + ".png"));
      robot.clickOn("#nav-activity");
      shoot(out.resolve("wallet-activity-1024" + suffix + ".png"));
    }
    theme(Theme.LIGHT);
  }

  /** Issue 13: a dropdown in the dark theme had a white frame. */
  private void dropdownInDarkTheme(Path out) throws Exception {
    theme(Theme.DARK);
    robot.clickOn("#nav-accounts");
    @SuppressWarnings("unchecked")
    ComboBox<Object> preset = robot.lookup("#accounts-preset").queryAs(ComboBox.class);
    robot.interact(preset::show);
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.Node list =
        ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) preset.getSkin()).getPopupContent();
    WaitForAsyncUtils.waitForFxEvents();
    WritableImage[] popup = new WritableImage[1];
    robot.interact(
        () -> {
          javafx.scene.SnapshotParameters p = new javafx.scene.SnapshotParameters();
          p.setFill(javafx.scene.paint.Color.WHITE); // what a display without a compositor shows
          popup[0] = list.snapshot(p, null);
        });
    if (out != null) {
      Png.write(popup[0], out.resolve("dropdown-dark.png"));
    }
    // Drawn on white, as a display without a compositor shows a popup's transparent margin: the
    // corners are the dark list itself, not a white frame.
    PixelReader pixels = popup[0].getPixelReader();
    int w = (int) popup[0].getWidth() - 1;
    int h = (int) popup[0].getHeight() - 1;
    for (int[] xy : new int[][] {{0, 0}, {w, 0}, {0, h}, {w, h}, {w / 2, 0}, {0, h / 2}}) {
      assertThat(pixels.getColor(xy[0], xy[1]).getBrightness())
          .as("dropdown edge at %d,%d", xy[0], xy[1])
          .isLessThan(0.5);
    }
    robot.interact(preset::hide);
    theme(Theme.LIGHT);
  }

  private void theme(Theme theme) {
    robot.interact(() -> window.appSettings().update(s -> s.withTheme(theme)));
  }

  private void shoot(Path file) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    Thread.sleep(300);
    WaitForAsyncUtils.waitForFxEvents();
    Png.shoot(stage.getScene(), file);
  }

  private void resize(int width, int height) {
    robot.interact(
        () -> {
          stage.setMaximized(false);
          stage.setWidth(width);
          stage.setHeight(height);
        });
    WaitForAsyncUtils.waitForFxEvents();
  }
}
