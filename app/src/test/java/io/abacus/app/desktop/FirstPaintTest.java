package io.abacus.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstPaintTest {
  private final FirstPaint paint = new FirstPaint();
  private final List<String> done = new ArrayList<>();

  @Test
  void aGraphReadyBeforeAnyPulseWaitsForTheFirstFrameToBePainted() {
    paint.then(() -> done.add("fill"));
    assertEquals(List.of(), done, "nothing pulsed yet");
    assertFalse(paint.frame());
    assertEquals(List.of(), done, "the first pulse renders the first frame; the fill waits");
    assertFalse(paint.frame());
    assertEquals(List.of(), done, "the second waits for that rendering; its pixels are not up yet");
    assertTrue(paint.frame());
    assertEquals(List.of("fill"), done);
  }

  @Test
  void aGraphReadyAfterThePaintFillsAtOnceAndOnlyOnce() {
    for (int i = 0; i < FirstPaint.FRAMES + 1; i++) {
      paint.frame();
    }
    paint.then(() -> done.add("fill"));
    assertEquals(List.of("fill"), done);
    paint.frame();
    assertEquals(List.of("fill"), done);
  }

  @Test
  void theFillWaitsForTheDisplayToHaveDrawnTheFirstFrame() {
    FirstPaint drawn = new FirstPaint(() -> done.add("drawn"));
    drawn.then(() -> done.add("fill"));
    for (int i = 0; i < FirstPaint.FRAMES + 2; i++) {
      drawn.frame();
    }
    assertEquals(List.of("drawn", "fill"), done);
  }
}
