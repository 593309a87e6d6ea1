package io.abacus.app.payments;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.payments.activity.ActivityItem;
import io.abacus.app.payments.send.PendingPayments;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** A payment stuck pending is sped up from the Activity page; blocks are mined by hand. */
@WithAnvil(automine = false)
class SpeedUpFlowTest {
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
  void pendingPaymentIsSpedUpWithThePasswordAndTheReplacementConfirms(Anvil anvil)
      throws Exception {
    // The pending payment is made by the Send view model on the same data folder (its page would
    // wait for a block that only comes when this test mines one).
    String slow = PendingPayments.sendPending(Testbed.on(data, anvil), "0.3");
    window = new PaymentsWindow(data).open(anvil.rpcUrl(), anvil.chainId());

    robot.clickOn("#nav-activity");
    @SuppressWarnings("unchecked")
    TableView<ActivityItem> table = robot.lookup("#activity-table").queryAs(TableView.class);
    assertThat(table.getItems()).hasSize(1);
    assertThat(table.getItems().get(0).status()).isEqualTo(ActivityItem.Status.PENDING);
    robot.interact(() -> table.getSelectionModel().select(0));
    assertThat(robot.lookup("#activity-speed-up").queryButton().isDisabled()).isTrue();
    robot.clickOn("#activity-password").write(Testbed.PASSWORD);
    robot.clickOn("#activity-speed-up");
    assertThat(robot.lookup("#activity-error").queryAs(Label.class).getText()).isEmpty();
    assertThat(robot.lookup("#activity-message").queryAs(Label.class).getText())
        .startsWith("Sped up");

    anvil.mine(1);
    robot.clickOn("#activity-refresh");
    assertThat(table.getItems())
        .extracting(ActivityItem::status)
        .containsExactlyInAnyOrder(ActivityItem.Status.CONFIRMED, ActivityItem.Status.REPLACED);
    assertThat(
            table.getItems().stream()
                .filter(i -> i.hash().equals(slow))
                .findFirst()
                .orElseThrow()
                .status())
        .isEqualTo(ActivityItem.Status.REPLACED);
  }
}
