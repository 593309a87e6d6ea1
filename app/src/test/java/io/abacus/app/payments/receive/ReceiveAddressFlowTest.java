package io.abacus.app.payments.receive;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.payments.PaymentsWindow;
import io.abacus.app.ui.AddressText;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 1024x700 the Receive page shows the whole address and the whole payment request, and making a
 * request does not move the rest of the page.
 */
class ReceiveAddressFlowTest {
  @TempDir Path data;
  final FxRobot robot = new FxRobot();
  PaymentsWindow window;

  @AfterEach
  void close() throws Exception {
    if (window != null) {
      window.close();
    }
  }

  @Test
  void theAddressAndTheRequestAreShownWholeAt1024x700() throws Exception {
    // No node is needed for Receive: a closed port keeps the test offline.
    window = new PaymentsWindow(data).open("http://127.0.0.1:9", 31337);
    String me = window.window().session().selectedAccountProperty().get().address().toString();
    Stage stage = (Stage) robot.lookup("#nav-receive").query().getScene().getWindow();
    robot.interact(
        () -> {
          stage.setMaximized(false);
          stage.setWidth(1024);
          stage.setHeight(700);
        });
    robot.clickOn("#nav-receive");
    WaitForAsyncUtils.waitForFxEvents();

    Label address = robot.lookup("#receive-address").queryAs(Label.class);
    assertThat(address.getText()).isEqualTo(AddressText.grouped(me));
    assertThat(rendered(address)).isEqualTo(address.getText());
    assertInsideWindow(address);

    Node saved = robot.lookup("#receive-requests").query();
    double savedY = saved.localToScene(0, 0).getY();
    robot.clickOn("#receive-amount").write("2.5");
    robot.clickOn("#receive-memo").write("table 4 and a rather long note to make the request wrap");
    robot.clickOn("#receive-create");
    WaitForAsyncUtils.waitForFxEvents();

    Label uri = robot.lookup("#receive-uri").queryAs(Label.class);
    assertThat(uri.getText()).startsWith("ethereum:" + me);
    assertThat(rendered(uri)).isEqualTo(uri.getText());
    assertInsideWindow(uri);
    assertThat(saved.localToScene(0, 0).getY()).as("the page did not jump").isEqualTo(savedY);
  }

  /** The text as drawn, line breaks removed: differs from the label's text when it is elided. */
  static String rendered(Label label) {
    Text text =
        label.getChildrenUnmodifiable().stream()
            .filter(Text.class::isInstance)
            .map(Text.class::cast)
            .findFirst()
            .orElseThrow();
    return text.getText().replace("\n", "");
  }

  static void assertInsideWindow(Node node) {
    Bounds b = node.localToScene(node.getBoundsInLocal());
    assertThat(b.getMaxX()).isLessThanOrEqualTo(node.getScene().getWidth());
    assertThat(b.getMinX()).isGreaterThanOrEqualTo(0);
  }
}
