package io.abacus.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.desktop.AbacusWindow;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Opens the real main window headless (Monocle) and drives its navigation. */
class MainWindowSmokeTest {
  @TempDir Path data;
  private final FxRobot robot = new FxRobot();
  private final AtomicReference<Stage> stage = new AtomicReference<>();

  @BeforeEach
  void open() throws Exception {
    FxToolkit.registerPrimaryStage();
    FxToolkit.setupStage(
        s -> {
          stage.set(s);
          new AbacusWindow(data, Locale.ENGLISH).show(s);
        });
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
  }

  @Test
  void mainWindowHasTitleAndNavigation() {
    assertThat(stage.get().getTitle()).isEqualTo("Abacus");
    assertThat(stage.get().isShowing()).isTrue();
    assertThat(stage.get().getIcons())
        .extracting(icon -> icon.isError() ? -1 : (int) icon.getWidth())
        .containsExactly(16, 32, 48, 256);
    for (Section s : Section.values()) {
      ToggleButton button = robot.lookup("#" + s.navId()).queryAs(ToggleButton.class);
      assertThat(button).as(s.name()).isNotNull();
      assertThat(button.isVisible()).isTrue();
    }
    assertThat(robot.lookup("#nav-accounts").queryAs(ToggleButton.class).isSelected()).isTrue();
    assertThat(Arrays.stream(Section.values()).map(s -> label("#" + s.navId())))
        .containsExactly(
            "Accounts", "Send", "Receive", "Activity", "Address book", "Explorer", "Settings");
  }

  @Test
  void clickingANavigationItemShowsItsPage() {
    robot.clickOn("#nav-explorer");
    assertThat(robot.lookup("#page-title").queryAs(Label.class).getText()).isEqualTo("Explorer");
    assertThat(robot.lookup("#nav-explorer").queryAs(ToggleButton.class).isSelected()).isTrue();

    robot.clickOn("#nav-explorer"); // clicking the selected item keeps it selected
    assertThat(robot.lookup("#nav-explorer").queryAs(ToggleButton.class).isSelected()).isTrue();

    robot.clickOn("#nav-settings");
    assertThat(robot.lookup("#page-title").queryAs(Label.class).getText()).isEqualTo("Settings");
    assertThat(robot.lookup("#status-data-folder").queryAs(Label.class).getText())
        .contains(data.toString());
  }

  private String label(String id) {
    return robot.lookup(id).queryAs(ToggleButton.class).getText();
  }
}
