package io.abacus.app.explorer.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.ui.Pointer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Moving the mouse across a week's chart reads out each day and its value, quiet days too. */
class DailyChartTest {
  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
  }

  @Test
  void hoverReadsOutEveryDayInOrder() throws Exception {
    FxToolkit.registerPrimaryStage();
    LocalDate first = LocalDate.of(2026, 11, 21);
    double[] values = {4, 2, 0, 9, 0, 0, 1};
    List<DailyChart> chart = new ArrayList<>();
    FxToolkit.setupStage(
        s -> {
          DailyChart c = new DailyChart("chart", "Transactions per day");
          c.show(first, values, i -> (long) values[i] + " transactions");
          chart.add(c);
          s.setScene(new Scene(new StackPane(c.root()), 600, 300));
          s.show();
        });
    List<String> seen = new ArrayList<>();
    new FxRobot()
        .interact(
            () -> {
              Canvas canvas = (Canvas) chart.get(0).root().lookup("Canvas");
              for (double x = 0; x < canvas.getWidth(); x += 2) {
                canvas.fireEvent(Pointer.at(MouseEvent.MOUSE_MOVED, x, canvas.getHeight() / 2));
                String text = chart.get(0).hoverText();
                if (!text.isEmpty()
                    && (seen.isEmpty() || !seen.get(seen.size() - 1).equals(text))) {
                  seen.add(text);
                }
              }
            });
    assertThat(seen)
        .containsExactly(
            "2026-11-21: 4 transactions",
            "2026-11-22: 2 transactions",
            "2026-11-23: 0 transactions",
            "2026-11-24: 9 transactions",
            "2026-11-25: 0 transactions",
            "2026-11-26: 0 transactions",
            "2026-11-27: 1 transactions");
  }
}
