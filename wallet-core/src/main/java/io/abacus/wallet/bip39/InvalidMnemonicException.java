package io.abacus.wallet.bip39;

/**
 * A recovery phrase that cannot be used: empty, a wrong number of words, an unknown word ({@link
 * UnknownWordException}) or a failed checksum ({@link MnemonicChecksumException}). Messages never
 * contain the phrase itself, only what is needed to fix it.
 */
public class InvalidMnemonicException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidMnemonicException(String message) {
    super(message);
  }
}
