package io.abacus.wallet.csv;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one CSV writer of Abacus: RFC 4180 (CRLF line ends; a field is quoted when it holds a comma,
 * quote or line break, with quotes doubled; null is an empty field), safe to open in a spreadsheet.
 *
 * <p>Formula injection (OWASP's rule): a text cell that starts with {@code =}, {@code +}, {@code
 * -}, {@code @}, a tab or a carriage return gets a leading {@code '}, so a label such as {@code
 * =HYPERLINK(...)} is shown as text instead of run. Numbers stay numbers: cells given as a {@link
 * Number} or {@link Boolean}, or as decimal text wrapped with {@link #number(String)}, are written
 * as they are, so {@code -1.5} in an amount column is still {@code -1.5}. {@link Csv#read} removes
 * the {@code '} again, so an export imports back unchanged.
 */
public final class CsvWriter {
  private static final String FORMULA_STARTS = "=+-@\t\r";
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private final Writer out;
  private final int columns;
  private long rows;

  /** Writes the header row at once. */
  public CsvWriter(Writer out, List<String> header) throws IOException {
    this.out = out;
    this.columns = header.size();
    row(header.toArray());
    rows = 0;
  }

  /** A numeric cell written as it is. */
  private record Numeric(String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  /**
   * A numeric cell from plain decimal text such as {@code -1.5}; anything else (a symbol, an
   * exponent, a formula) stays a text cell and gets the formula defence.
   */
  public static Object number(String decimal) {
    return decimal != null && DECIMAL.matcher(decimal).matches() ? new Numeric(decimal) : decimal;
  }

  /**
   * Writes one record. A {@link Number}, {@link Boolean} or {@link #number(String)} cell is written
   * as it is; anything else as text ({@code toString()}), defended against formulas.
   *
   * @throws IllegalArgumentException if the record has not as many fields as the header
   */
  public void row(Object... values) throws IOException {
    if (values.length != columns) {
      throw new IllegalArgumentException("expected " + columns + " fields, got " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(cell(values[i]));
    }
    out.write("\r\n");
    rows++;
  }

  /** Like {@link #row(Object...)} for a list of cells. */
  public void row(List<?> values) throws IOException {
    row(values.toArray());
  }

  /** Data rows written (the header not counted). */
  public long rows() {
    return rows;
  }

  /** The field as it appears in a record. */
  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Number || value instanceof Boolean || value instanceof Numeric) {
      return value.toString();
    }
    return quote(defuse(value.toString()));
  }

  /**
   * {@code text} with a leading {@code '} if a spreadsheet would read it as a formula (or if it is
   * such a text already defused, so reading gives back exactly {@code text}).
   */
  static String defuse(String text) {
    return looksLikeFormula(text) ? "'" + text : text;
  }

  /** Whether {@code text} is what {@link #defuse} made of a cell; then drop its first character. */
  static boolean isDefused(String text) {
    return text.length() > 1 && text.charAt(0) == '\'' && looksLikeFormula(text.substring(1));
  }

  private static boolean looksLikeFormula(String text) {
    int k = 0;
    while (k < text.length() && text.charAt(k) == '\'') {
      k++;
    }
    return k < text.length() && FORMULA_STARTS.indexOf(text.charAt(k)) >= 0;
  }

  private static String quote(String field) {
    boolean needs =
        field.indexOf(',') >= 0
            || field.indexOf('"') >= 0
            || field.indexOf('\n') >= 0
            || field.indexOf('\r') >= 0;
    return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }
}
