package io.abacus.app.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.desktop.WindowFixture;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13, Seen 9: after an error the cursor is back in the password field (not in the sidebar's
 * network box), and typing a good password takes the old error away.
 */
class OnboardingErrorFlowTest {
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

  private String label(String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }
}
