package io.abacus.wallet.message;

/**
 * EIP-712 typed data that cannot be hashed: not JSON, missing {@code types}/{@code primaryType}/
 * {@code domain}/{@code message}, undefined types, values that do not fit their types. The only
 * exception {@link TypedData#parse} throws for bad input.
 */
public class InvalidTypedDataException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidTypedDataException(String message) {
    super(message);
  }

  public InvalidTypedDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
