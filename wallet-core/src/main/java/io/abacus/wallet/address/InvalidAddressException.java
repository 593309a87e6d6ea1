package io.abacus.wallet.address;

/** An address that is malformed or fails its EIP-55 checksum; the message says which. */
public final class InvalidAddressException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** What was wrong. */
  public enum Reason {
    /** Not 0x followed by 40 hex digits. */
    MALFORMED,
    /** Mixed case whose capitals do not match the EIP-55 checksum. */
    BAD_CHECKSUM
  }

  private final Reason reason;

  public InvalidAddressException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
