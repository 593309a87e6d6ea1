package io.abacus.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.desktop.WindowFixture;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real main window headless (Monocle) and drives its navigation. */
class MainWindowSmokeTest {
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
  void mainWindowHasTitleAndNavigation() {
    assertThat(fixture.stage().getTitle()).isEqualTo("Abacus");
    assertThat(fixture.stage().isShowing()).isTrue();
    assertThat(fixture.stage().getIcons())
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
            "Accounts",
            "Send",
            "Receive",
            "Activity",
            "Invoices",
            "Payouts",
            "Messages",
            "Address book",
            "Explorer",
            "Statements",
            "Settings");
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

  @Test
  void networkSwitcherBuildsItsListOnlyWhenItOpens() {
    ComboBox<?> switcher = robot.lookup("#network-switcher").queryAs(ComboBox.class);
    // The painted shell shows the switcher closed: its list has no skin (no cells, no VirtualFlow).
    assertThat(listSkinOf(switcher)).isNull();

    robot.interact(switcher::show);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(listSkinOf(switcher)).isNotNull();
    ListView<?> list =
        (ListView<?>) ((ComboBoxListViewSkin<?>) switcher.getSkin()).getPopupContent();
    assertThat(list.getItems()).hasSameSizeAs(switcher.getItems()).isNotEmpty();
    robot.interact(switcher::hide);
  }

  @Test
  void networkSwitcherMakesItsTooltipWhenTheMouseComesOver() {
    ComboBox<?> switcher = robot.lookup("#network-switcher").queryAs(ComboBox.class);
    assertThat(switcher.getTooltip()).isNull();

    robot.moveTo(switcher);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(switcher.getTooltip()).isNotNull();
    // The whole name, with its explanation in brackets, that the narrow button leaves out.
    assertThat(switcher.getTooltip().getText())
        .startsWith(switcher.getButtonCell().getText())
        .isNotEqualTo(switcher.getButtonCell().getText());
  }

  private static Object listSkinOf(ComboBox<?> box) {
    Object content = ((ComboBoxListViewSkin<?>) box.getSkin()).getPopupContent();
    return ((ListView<?>) content).getSkin();
  }

  private String label(String id) {
    return robot.lookup(id).queryAs(ToggleButton.class).getText();
  }
}
