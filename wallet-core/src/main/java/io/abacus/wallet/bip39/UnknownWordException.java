package io.abacus.wallet.bip39;

import java.util.List;

/**
 * A word that is not in the wordlist. The message names its position and the closest valid words,
 * never the typed word itself (it is part of a secret and would stay in the terminal scrollback);
 * {@link #word()} gives it to a screen that shows it where the user typed it.
 */
public final class UnknownWordException extends InvalidMnemonicException {
  private static final long serialVersionUID = 1L;

  private final String word;
  private final int position;
  private final List<String> suggestions;

  public UnknownWordException(String word, int position, List<String> suggestions) {
    super(
        "word "
            + position
            + " is not in the BIP39 word list"
            + (suggestions.isEmpty()
                ? ""
                : "; did you mean " + String.join(", ", suggestions) + "?"));
    this.word = word;
    this.position = position;
    this.suggestions = List.copyOf(suggestions);
  }

  /** The unknown word as typed (normalised). */
  public String word() {
    return word;
  }

  /** 1-based position of the word in the phrase. */
  public int position() {
    return position;
  }

  /** The closest valid words, best first. */
  public List<String> suggestions() {
    return suggestions;
  }
}
