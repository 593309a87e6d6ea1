package io.abacus.app.payments.store;

/**
 * The user's words about one transaction.
 *
 * @param hash the transaction hash (0x.., lower case)
 * @param label a short category, e.g. "rent"
 * @param note free text for the accountant
 */
public record TxNote(String hash, String label, String note) {
  public TxNote {
    hash = hash.toLowerCase(java.util.Locale.ROOT);
    label = label == null ? "" : label.strip();
    note = note == null ? "" : note.strip();
  }
}
