package io.abacus.wallet.vault;

/** A vault operation that failed; {@link #reason()} says why. Never contains secrets. */
public final class VaultException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Reason {
    /** The password does not open this wallet; nothing was changed. */
    WRONG_PASSWORD,
    /** No wallet with that name. */
    NOT_FOUND,
    /** A wallet with that name exists already. */
    EXISTS,
    /** The name cannot be a wallet name. */
    INVALID_NAME,
    /** The file (and its backup, if any) is damaged. */
    CORRUPT,
    /** The request does not fit the wallet (unknown account, duplicate, no recovery phrase). */
    INVALID_REQUEST,
    /** The wallet was locked and must be unlocked again. */
    LOCKED,
    /**
     * Another program re-encrypted the wallet (a password change) after this one opened it; nothing
     * was changed, unlock it again.
     */
    STALE
  }

  private final Reason reason;

  public VaultException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public VaultException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
