package io.abacus.app.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.desktop.WindowFixture;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The create form in the window. Issue 13, Seen 9: after an error the cursor is back in the
 * password field (not in the sidebar's network box), and typing a good password takes the old error
 * away. Issue 20: the word count is a drop-down whose list is built only when it first opens; 24
 * words chosen there give 24 words, and it keeps its width once its list is built.
 */
class CreateFormFlowTest {
  @TempDir Path data;
  final FxRobot robot = new FxRobot();
  WindowFixture window;

  @AfterEach
  void close() throws Exception {
    if (window != null) {
      window.close();
    }
  }

  @Test
  void anErrorPutsTheCursorInThePasswordAndANewPasswordClearsIt() throws Exception {
    window = new WindowFixture().open(data);
    robot.clickOn("#create-name").write("shop");
    robot.clickOn("#create-password").write("short");
    robot.clickOn("#create-confirm").write("short");
    robot.clickOn("#create-next");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(label("#create-error")).isEqualTo("The password needs at least 8 characters.");
    Node focused = robot.lookup("#create-password").query().getScene().getFocusOwner();
    assertThat(focused.getId()).isEqualTo("create-password");

    robot.write("correct horse battery 9");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(label("#create-strength")).startsWith("Strength");
    assertThat(label("#create-error")).isEmpty();
  }

  @Test
  void twentyFourWordsChosenInTheDropDownGiveTwentyFourWords() throws Exception {
    window = new WindowFixture().open(data);
    ComboBox<?> count = robot.lookup("#create-words").queryAs(ComboBox.class);
    assertThat(count.getValue()).isEqualTo(12);
    double width = count.getWidth();

    robot.clickOn(count);
    WaitForAsyncUtils.waitForFxEvents();
    ListCell<?> twentyFour =
        robot
            .lookup(".list-cell")
            .match((ListCell<?> c) -> "24 words".equals(c.getText()))
            .queryAs(ListCell.class);
    robot.clickOn(twentyFour);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(count.getValue()).isEqualTo(24);
    assertThat(count.getWidth()).as("its list, once built, does not widen it").isEqualTo(width);

    robot.clickOn("#create-name").write("shop");
    robot.clickOn("#create-password").write("correct horse battery 9");
    robot.clickOn("#create-confirm").write("correct horse battery 9");
    robot.clickOn("#create-next");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#create-word-24").queryAs(Label.class).getText()).startsWith("24. ");
    assertThat(robot.lookup("#create-word-25").tryQuery()).isEmpty();
  }

  private String label(String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }
}
