package io.abacus.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The real window opens inside the screen, is remembered when closed, and reopens there. */
class WindowKeeperTest {
  @TempDir Path data;

  @Test
  void theWindowFitsTheScreenAndReopensWhereItWas() throws Exception {
    WindowFixture first = new WindowFixture().open(data);
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    assertThat(first.stage().getWidth()).isLessThanOrEqualTo(screen.getWidth());
    assertThat(first.stage().getHeight()).isLessThanOrEqualTo(screen.getHeight());
    assertThat(first.stage().getMinWidth()).isEqualTo(Math.min(1024, screen.getWidth()));
    new FxRobot()
        .interact(
            () -> {
              first.stage().setMaximized(false);
              first.stage().setX(20);
              first.stage().setY(30);
              first.stage().setWidth(1100);
              first.stage().setHeight(720);
            });
    first.close();
    assertThat(WindowState.load(data)).contains(new WindowState(20, 30, 1100, 720, false));

    WindowFixture second = new WindowFixture().open(data);
    try {
      assertThat(second.stage().getX()).isEqualTo(20);
      assertThat(second.stage().getY()).isEqualTo(30);
      assertThat(second.stage().getWidth()).isEqualTo(1100);
    } finally {
      second.close();
    }
  }
}
