package io.abacus.explorer.labels;

import java.util.Objects;

/**
 * One record of a BIP-329 wallet labels file: a {@code type} ({@code addr}, {@code tx}, or one of
 * the Bitcoin-only types), the {@code ref} it labels and the label itself.
 *
 * @param type the record type as written in the file
 * @param ref the reference (an address or a transaction hash for the types Abacus stores)
 * @param label the label; null when the record leaves the label as it is (BIP-329: an omitted label
 *     must not alter the stored one); empty to remove it
 */
public record Bip329Record(String type, String ref, String label) {
  /** Type of an address record. */
  public static final String ADDR = "addr";

  /** Type of a transaction record. */
  public static final String TX = "tx";

  public Bip329Record {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(ref, "ref");
  }
}
