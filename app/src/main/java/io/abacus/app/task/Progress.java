package io.abacus.app.task;

/**
 * How far a background task is.
 *
 * @param fraction 0..1, or -1 when unknown (indeterminate)
 * @param message what it is doing now, for the user
 */
public record Progress(double fraction, String message) {
  public static Progress indeterminate(String message) {
    return new Progress(-1, message);
  }
}
