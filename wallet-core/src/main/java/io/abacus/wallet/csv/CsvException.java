package io.abacus.wallet.csv;

/** A CSV file that does not follow RFC 4180; the message names the line. */
public final class CsvException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final int line;

  public CsvException(int line, String problem) {
    super("CSV line " + line + ": " + problem);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
