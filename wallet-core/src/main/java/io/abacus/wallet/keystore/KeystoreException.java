package io.abacus.wallet.keystore;

/** A keystore file that cannot be opened; {@link #reason()} says why. Never contains secrets. */
public final class KeystoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the file could not be used. */
  public enum Reason {
    /** The MAC does not match: the password is wrong (or the encrypted part was altered). */
    WRONG_PASSWORD,
    /** Decrypts, but the content contradicts itself (e.g. the address is not the key's). */
    TAMPERED,
    /** Not a v3 keystore: bad JSON, missing fields, wrong lengths. */
    MALFORMED,
    /** A v3 feature Abacus does not implement (another cipher, KDF or PRF). */
    UNSUPPORTED
  }

  private final Reason reason;

  public KeystoreException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public KeystoreException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
