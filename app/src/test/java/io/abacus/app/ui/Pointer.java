package io.abacus.app.ui;

import javafx.event.EventType;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Mouse events as the pointer sends them, no button pressed: for tests that fire them at a node.
 */
public final class Pointer {
  private Pointer() {}

  /** A {@code type} event (moved, entered, ...) at {@code x}, {@code y} in the node and scene. */
  public static MouseEvent at(EventType<MouseEvent> type, double x, double y) {
    return new MouseEvent(
        type,
        x,
        y,
        x,
        y,
        MouseButton.NONE,
        0,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        null);
  }
}
