package io.abacus.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import io.abacus.app.desktop.WindowFixture;
import io.abacus.wallet.network.Network;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
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

  @Test
  void unreachableNodeIsSavedOnlyWithTheOverrideAndRemoveAsksFirst() {
    robot.clickOn("#nav-settings");
    robot.interact(
        () -> {
          field("#net-name").setText("Nowhere");
          field("#net-url").setText("http://127.0.0.1:1");
          field("#net-chain").setText("1337");
        });
    CheckBox override = robot.lookup("#net-override").queryAs(CheckBox.class);
    assertThat(override.isVisible()).isFalse();
    robot.interact(() -> robot.lookup("#net-add").queryButton().fire());
    // The result stands beside the button that caused it.
    assertThat(text("#net-result")).startsWith("Not saved: cannot reach the node");
    assertThat(override.isVisible()).isTrue();
    assertThat(override.getText()).startsWith("Save anyway");
    @SuppressWarnings("unchecked")
    ListView<Network> list = robot.lookup("#settings-networks").queryAs(ListView.class);
    assertThat(list.getItems()).noneMatch(n -> n.name().equals("Nowhere"));

    robot.interact(() -> override.setSelected(true));
    robot.interact(() -> robot.lookup("#net-add").queryButton().fire());
    assertThat(text("#net-result")).isEqualTo("Network \"Nowhere\" added.");
    Network added =
        list.getItems().stream().filter(n -> n.name().equals("Nowhere")).findFirst().orElseThrow();

    robot.interact(() -> list.getSelectionModel().select(added));
    robot.clickOn("#settings-remove-network");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("Keep it");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(list.getItems()).contains(added);

    robot.interact(() -> list.getSelectionModel().select(added));
    robot.clickOn("#settings-remove-network");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(robot.lookup(".dialog-pane .button").lookup("Remove").queryButton());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(list.getItems()).doesNotContain(added);
    assertThat(text("#settings-network-result")).isEqualTo("Network \"Nowhere\" removed.");
  }

  private TextField field(String id) {
    return robot.lookup(id).queryAs(TextField.class);
  }

  private String text(String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }
}
