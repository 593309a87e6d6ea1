package io.abacus.app.secrets;

/** The secret store cannot be read or written; the message never holds a secret. */
public final class SecretStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SecretStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
