package io.abacus.app.pdf;

/**
 * A table column: its header, its share of the table's width and whether its cells are
 * right-aligned (amounts).
 */
public record PdfColumn(String header, float weight, boolean alignRight, boolean mono) {

  /** A left-aligned text column. */
  public static PdfColumn text(String header, float weight) {
    return new PdfColumn(header, weight, false, false);
  }

  /** A right-aligned column for amounts. */
  public static PdfColumn amount(String header, float weight) {
    return new PdfColumn(header, weight, true, false);
  }

  /** A monospace column for addresses and hashes, which wrap rather than being cut. */
  public static PdfColumn mono(String header, float weight) {
    return new PdfColumn(header, weight, false, true);
  }
}
