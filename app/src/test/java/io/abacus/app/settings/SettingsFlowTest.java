package io.abacus.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import io.abacus.app.desktop.WindowFixture;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the settings screen in the real window: language and theme switch, and persist. */
class SettingsFlowTest {
  @TempDir Path data;
  private final FxRobot robot = new FxRobot();

  private final WindowFixture fixture = new WindowFixture();

  @BeforeEach
  void open() throws Exception {
    fixture.open(data);
  }

  @AfterEach
  void close() throws Exception {
    fixture.close();
  }

  @Test
  void switchingToSimplifiedChineseTranslatesTheMainScreenAndIsRemembered() {
    robot.clickOn("#nav-settings");
    @SuppressWarnings("unchecked")
    ComboBox<Language> language = robot.lookup("#settings-language").queryAs(ComboBox.class);
    robot.interact(() -> language.setValue(Language.SIMPLIFIED_CHINESE));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#nav-send").queryAs(ToggleButton.class).getText()).isEqualTo("付款");
    assertThat(robot.lookup("#nav-settings").queryAs(ToggleButton.class).getText()).isEqualTo("设置");
    // The window stays on the settings page after the switch.
    assertThat(robot.lookup("#page-title").queryAs(Label.class).getText()).isEqualTo("设置");

    SettingsStore store =
        new SettingsStore(data, NetworkPresets.load(), SettingsMigrations.standard());
    assertThat(store.load(Locale.ENGLISH).language()).isEqualTo(Language.SIMPLIFIED_CHINESE);
  }

  @Test
  void switchingToTheDarkThemeRestylesTheApp() {
    robot.clickOn("#nav-settings");
    @SuppressWarnings("unchecked")
    ComboBox<Theme> theme = robot.lookup("#settings-theme").queryAs(ComboBox.class);
    robot.interact(() -> theme.setValue(Theme.DARK));
    assertThat(Application.getUserAgentStylesheet())
        .isEqualTo(new PrimerDark().getUserAgentStylesheet());
    robot.interact(() -> theme.setValue(Theme.LIGHT));
    assertThat(Application.getUserAgentStylesheet())
        .isNotEqualTo(new PrimerDark().getUserAgentStylesheet());
  }
}
