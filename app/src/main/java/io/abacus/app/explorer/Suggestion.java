package io.abacus.app.explorer;

/**
 * One thing the search text may mean: where it leads and how it reads in the list.
 *
 * @param kind what it is (for the list's wording)
 * @param key the hash, number or address
 * @param label a name for it, or null
 */
public record Suggestion(Place place, Kind kind, String key, String label) {
  /** Kinds of results. */
  public enum Kind {
    TRANSACTION,
    BLOCK,
    ADDRESS,
    TOKEN
  }
}
