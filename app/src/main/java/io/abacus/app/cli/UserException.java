package io.abacus.app.cli;

/**
 * An error the user can fix (bad input, missing file, unreachable node). The command line prints
 * its message as one line, never a stack trace.
 */
public class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserException(String message) {
    super(message);
  }

  public UserException(String message, Throwable cause) {
    super(message, cause);
  }
}
