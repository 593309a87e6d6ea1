package io.abacus.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The first frame, headless (Monocle): what fills it runs only after its scene has pulsed. */
class FirstFrameFxTest {
  @TempDir Path data;

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
  }

  @Test
  void theFillWaitsForTheFirstFramesPulseEvenWhenTheGraphIsReadyAtOnce() throws Exception {
    FxToolkit.registerPrimaryStage();
    AtomicInteger pulses = new AtomicInteger();
    CompletableFuture<Integer> pulsesAtFill = new CompletableFuture<>();
    FxToolkit.setupStage(
        stage -> {
          FirstPaint painted = FirstFrame.show(stage, data);
          stage.getScene().addPostLayoutPulseListener(pulses::incrementAndGet);
          // As in DesktopApp when the object graph was built before JavaFX was up: the fill is
          // queued at once, ahead of the first frame's first pulse.
          Platform.runLater(() -> painted.then(() -> pulsesAtFill.complete(pulses.get())));
        });
    // The first pulse rendered the first frame, the second waited for that rendering (without
    // FirstPaint the fill ran after one pulse here, before the first frame was on screen).
    assertThat(pulsesAtFill.get(10, TimeUnit.SECONDS))
        .isGreaterThanOrEqualTo(FirstPaint.FRAMES - 1);
  }
}
