package io.abacus.wallet.bip39;

/**
 * Every word is valid but the phrase's checksum does not match: usually one word is swapped or
 * mistyped as another valid word, or the order is wrong.
 */
public final class MnemonicChecksumException extends InvalidMnemonicException {
  private static final long serialVersionUID = 1L;

  public MnemonicChecksumException() {
    super(
        "the recovery phrase has a bad checksum: all words are valid, but one is wrong or out of"
            + " order");
  }
}
