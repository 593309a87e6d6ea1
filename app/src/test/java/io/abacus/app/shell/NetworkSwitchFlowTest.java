package io.abacus.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.desktop.WindowFixture;
import io.abacus.app.task.TaskExecutor;
import io.abacus.wallet.network.Network;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Regression test for the freeze of issue 13: choosing a network in the sidebar while the Settings
 * page was open made the settings page and the shared settings call each other until the stack
 * overflowed. Switches networks from every page, from the sidebar and from Settings' own box, and
 * checks that the window answers at once and that every page shows the same network.
 */
class NetworkSwitchFlowTest {
  private static final long MAX_FX_BLOCK_MS = 250;

  @TempDir Path data;
  private final FxRobot robot = new FxRobot();
  private final WindowFixture fixture = new WindowFixture();
  private final TaskExecutor executor = TaskExecutor.forFx(2);

  @BeforeEach
  void open() throws Exception {
    // Real background threads, so that the time measured on the FX thread is the switch alone.
    fixture.open(data, executor);
  }

  @AfterEach
  void close() throws Exception {
    fixture.close();
    executor.close();
  }

  /** Rounds through every page; CI runs 3, {@code -DnetworkSwitch.rounds=20} for the issue's 20. */
  @Test
  void switchingNetworksFromEveryPageKeepsTheWindowResponsiveAndThePagesInAgreement() {
    for (int round = 0; round < Integer.getInteger("networkSwitch.rounds", 3); round++) {
      oneRound(round);
    }
  }

  private void oneRound(int round) {
    List<Network> networks = fixture.window().settings().networks();
    assertThat(networks.size()).isGreaterThanOrEqualTo(3);
    int i = round;
    for (Section section : Section.values()) {
      robot.clickOn("#" + section.navId());
      WaitForAsyncUtils.waitForFxEvents();
      Network target = networks.get(i++ % networks.size());
      switchWith(sidebar(), target);
      assertAllAgreeOn(target);
    }
    // Settings' own box, with the settings page open (the path that worked before, kept working).
    robot.clickOn("#" + Section.SETTINGS.navId());
    Network other = networks.get(1);
    switchWith(settingsBox(), other);
    assertAllAgreeOn(other);
    Network back = networks.get(0);
    switchWith(sidebar(), back);
    assertAllAgreeOn(back);
  }

  private void switchWith(ComboBox<Network> box, Network target) {
    AtomicLong tookMs = new AtomicLong();
    robot.interact(
        () -> {
          long start = System.nanoTime();
          box.setValue(target);
          tookMs.set((System.nanoTime() - start) / 1_000_000);
        });
    assertThat(tookMs.get())
        .as("FX thread blocked while switching to %s", target.name())
        .isLessThan(MAX_FX_BLOCK_MS);
  }

  private void assertAllAgreeOn(Network expected) {
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fixture.window().appSettings().get().selectedNetworkId()).isEqualTo(expected.id());
    assertThat(sidebar().getValue()).isEqualTo(expected);
    assertThat(fixture.window().mainModel().networkProperty().get()).isEqualTo(expected);
    ComboBox<Network> settingsBox = settingsBoxIfBuilt();
    if (settingsBox != null) {
      assertThat(settingsBox.getValue()).isEqualTo(expected);
    }
    Label banner = robot.lookup("#test-money-banner").queryAs(Label.class);
    assertThat(banner.isVisible()).isEqualTo(expected.testMoney());
  }

  @SuppressWarnings("unchecked")
  private ComboBox<Network> sidebar() {
    return robot.lookup("#network-switcher").queryAs(ComboBox.class);
  }

  private ComboBox<Network> settingsBox() {
    ComboBox<Network> box = settingsBoxIfBuilt();
    assertThat(box).as("the settings page's network box").isNotNull();
    return box;
  }

  @SuppressWarnings("unchecked")
  private ComboBox<Network> settingsBoxIfBuilt() {
    return robot.lookup("#settings-network-in-use").tryQueryAs(ComboBox.class).orElse(null);
  }
}
