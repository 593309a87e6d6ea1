package io.abacus.explorer.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 CSV: CRLF line ends, fields quoted when they contain a comma, quote or line break,
 * quotes doubled. Nulls are empty fields.
 */
public final class CsvWriter {
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

  /** Writes one record; values are written with {@code toString()}. */
  public void row(Object... values) throws IOException {
    if (values.length != columns) {
      throw new IllegalArgumentException("expected " + columns + " fields, got " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(escape(values[i] == null ? "" : values[i].toString()));
    }
    out.write("\r\n");
    rows++;
  }

  /** Data rows written (the header not counted). */
  public long rows() {
    return rows;
  }

  static String escape(String field) {
    boolean quote =
        field.indexOf(',') >= 0
            || field.indexOf('"') >= 0
            || field.indexOf('\n') >= 0
            || field.indexOf('\r') >= 0;
    return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }
}
