package io.abacus.wallet.bip39;

/** A phrase whose words are mostly not in the wordlist: most likely another BIP39 language. */
public final class ForeignMnemonicException extends InvalidMnemonicException {
  private static final long serialVersionUID = 1L;

  public ForeignMnemonicException(String language) {
    super(
        "these are not "
            + language
            + " BIP39 words: only "
            + language
            + " recovery words are supported");
  }
}
