package io.abacus.explorer.labels;

/**
 * A label file that cannot be read at all (missing, too large, not text); one line for the user.
 */
public final class LabelFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LabelFileException(String message) {
    super(message);
  }
}
