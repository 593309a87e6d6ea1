package io.abacus.app.sandbox;

/** A Sandbox problem the user can understand and act on; the message is one clear sentence. */
public class SandboxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SandboxException(String message) {
    super(message);
  }

  public SandboxException(String message, Throwable cause) {
    super(message, cause);
  }
}
