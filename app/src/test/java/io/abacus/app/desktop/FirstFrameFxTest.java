package io.abacus.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.shell.Section;
import io.abacus.app.task.TaskExecutor;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first frame, headless (Monocle): what fills it runs only after its scene has pulsed, and it
 * shows the shell's heading, section names and page title where the shell then shows them.
 */
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

  @Test
  void theFirstFrameShowsTheShellsTextsWhereTheShellThenDrawsThem() throws Exception {
    FxToolkit.registerPrimaryStage();
    AtomicReference<Stage> shown = new AtomicReference<>();
    FxToolkit.setupStage(
        stage -> {
          FirstFrame.show(stage, data, Locale.ENGLISH);
          shown.set(stage);
        });
    WaitForAsyncUtils.waitForFxEvents();
    Map<String, Bounds> first = new LinkedHashMap<>();
    Map<String, String> firstTexts = new LinkedHashMap<>();
    FxToolkit.setupFixture(
        () -> {
          Parent root = shown.get().getScene().getRoot();
          assertThat(root.getId()).isEqualTo("first-frame");
          assertThat(root.isMouseTransparent()).isTrue();
          assertThat(shown.get().getTitle()).isEqualTo("Abacus");
          assertThat(root.lookup("#first-progress").isVisible()).isTrue();
          texts(root, "first-").forEach((k, v) -> firstTexts.put(k, v.getText()));
          texts(root, "first-").forEach((k, v) -> first.put(k, textBounds(v)));
        });
    assertThat(firstTexts)
        .containsEntry("name", "Abacus")
        .containsEntry("tagline", "Wallet and ledger explorer")
        .containsEntry("nav-accounts", "Accounts")
        .containsEntry("nav-settings", "Settings")
        .containsEntry("page-title", "Accounts")
        .containsKey("test-money-banner")
        .containsKey("status-data-folder");

    AbacusWindow window = AbacusWindow.create(data, TaskExecutor.sameThread(), Locale.ENGLISH);
    FxToolkit.setupFixture(() -> window.show(shown.get()));
    WaitForAsyncUtils.waitForFxEvents();
    Map<String, Bounds> shell = new LinkedHashMap<>();
    FxToolkit.setupFixture(
        () ->
            texts(shown.get().getScene().getRoot(), "")
                .forEach((k, v) -> shell.put(k, textBounds(v))));
    assertThat(shell.keySet()).containsAll(first.keySet());
    first.forEach(
        (id, bounds) -> {
          Bounds then = shell.get(id);
          assertThat(new double[] {then.getMinX(), then.getMinY(), then.getHeight()})
              .as("%s: first frame %s, shell %s", id, bounds, then)
              .containsExactly(
                  new double[] {bounds.getMinX(), bounds.getMinY(), bounds.getHeight()},
                  org.assertj.core.data.Offset.offset(0.5));
        });
  }

  /**
   * The texts both frames show, by the shell's ids ({@code prefix} stripped); the heading and
   * tagline (no ids in the shell) as the sidebar's first two labels.
   */
  private static Map<String, Labeled> texts(Parent root, String prefix) {
    Map<String, Labeled> texts = new LinkedHashMap<>();
    VBox sidebar =
        (VBox)
            (prefix.isEmpty() ? root.lookup("#sidebar") : root.lookup("#first-name").getParent());
    texts.put("name", (Labeled) sidebar.getChildren().get(0));
    texts.put("tagline", (Labeled) sidebar.getChildren().get(1));
    for (Section s : Section.values()) {
      texts.put(s.navId(), (Labeled) root.lookup("#" + prefix + s.navId()));
    }
    for (String id :
        new String[] {"page-title", "page-intro", "test-money-banner", "status-data-folder"}) {
      texts.put(id, (Labeled) root.lookup("#" + prefix + id));
    }
    return texts;
  }

  /** Where a label's own text is drawn (not a badge's in its graphic), in the scene. */
  private static Bounds textBounds(Labeled label) {
    Node text =
        label.getChildrenUnmodifiable().stream()
            .filter(n -> n.getStyleClass().contains("text"))
            .findFirst()
            .orElseThrow();
    return text.localToScene(text.getBoundsInLocal());
  }
}
