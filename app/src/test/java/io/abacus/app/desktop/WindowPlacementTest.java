package io.abacus.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowPlacementTest {
  static final Rectangle2D SMALL = new Rectangle2D(0, 0, 1024, 700);
  static final Rectangle2D BIG = new Rectangle2D(0, 0, 1920, 1080);
  @TempDir Path data;

  @Test
  void aSmallScreenGetsAMaximisedWindowThatFitsIt() {
    WindowPlacement p = WindowPlacement.choose(List.of(SMALL), Optional.empty());
    assertThat(p.maximized()).isTrue();
    assertThat(p.bounds()).isEqualTo(SMALL);
    assertThat(p.minWidth()).isEqualTo(1024);
    assertThat(p.minHeight()).isEqualTo(700);
  }

  @Test
  void aScreenSmallerThanTheMinimumLowersTheMinimum() {
    Rectangle2D tiny = new Rectangle2D(0, 0, 800, 560);
    WindowPlacement p = WindowPlacement.choose(List.of(tiny), Optional.empty());
    assertThat(p.minWidth()).isEqualTo(800);
    assertThat(p.minHeight()).isEqualTo(560);
    assertThat(p.bounds()).isEqualTo(tiny);
  }

  @Test
  void aBigScreenGetsTheDefaultSizeCentred() {
    WindowPlacement p = WindowPlacement.choose(List.of(BIG), Optional.empty());
    assertThat(p.maximized()).isFalse();
    assertThat(p.bounds()).isEqualTo(new Rectangle2D(360, 160, 1200, 760));
  }

  @Test
  void theRememberedPlaceIsUsedAndShrunkToItsScreen() {
    Rectangle2D second = new Rectangle2D(1920, 0, 1280, 1024);
    WindowState saved = new WindowState(2000, 100, 1500, 700, false);
    WindowPlacement p = WindowPlacement.choose(List.of(BIG, second), Optional.of(saved));
    assertThat(p.bounds()).isEqualTo(new Rectangle2D(1920, 100, 1280, 700));
    assertThat(p.maximized()).isFalse();
  }

  @Test
  void aRememberedPlaceOffEveryScreenIsIgnored() {
    WindowState gone = new WindowState(2500, 200, 1100, 720, false);
    WindowPlacement p = WindowPlacement.choose(List.of(BIG), Optional.of(gone));
    assertThat(p.bounds()).isEqualTo(new Rectangle2D(360, 160, 1200, 760));
  }

  @Test
  void aRememberedWindowTooBigForTheScreenNowFitsIt() {
    WindowState saved = new WindowState(0, 0, 1400, 900, true);
    WindowPlacement p = WindowPlacement.choose(List.of(SMALL), Optional.of(saved));
    assertThat(p.bounds()).isEqualTo(SMALL);
    assertThat(p.maximized()).isTrue();
  }

  @Test
  void theStateIsSavedAndReadBackAndADamagedFileIsIgnored() throws Exception {
    assertThat(WindowState.load(data)).isEmpty();
    WindowState s = new WindowState(10, 20, 1300, 800, false);
    s.save(data);
    assertThat(WindowState.load(data)).contains(s);
    Files.writeString(data.resolve("window.properties"), "x=oops\n");
    assertThat(WindowState.load(data)).isEmpty();
  }
}
