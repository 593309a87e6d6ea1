package io.abacus.wallet.csv;

import io.abacus.wallet.storage.InputLimits;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV. Files are written with {@link CsvWriter}, the one CSV writer of Abacus; the
 * {@code '} it puts before a cell that looks like a formula is removed here, so exports import back
 * unchanged.
 */
public final class Csv {
  private Csv() {}

  /**
   * Reads every record. Accepts CRLF or LF line ends, quoted fields with embedded commas, quotes
   * and line breaks, and a UTF-8 byte-order mark at the start. A field {@link CsvWriter} defused
   * (such as {@code '=1+1}) is read as it was before ({@code =1+1}). Meant for user files such as
   * an address book, which fit in memory.
   *
   * @throws CsvException for an unterminated quoted field or text after a closing quote
   */
  public static List<List<String>> read(Reader in) throws IOException {
    return read(in, ',');
  }

  /**
   * Like {@link #read(Reader)} with another field separator, such as the {@code ;} spreadsheets
   * write where the comma is the decimal separator.
   */
  public static List<List<String>> read(Reader in, char separator) throws IOException {
    StringBuilder all = new StringBuilder();
    char[] buf = new char[8192];
    for (int n; (n = in.read(buf)) != -1; ) {
      all.append(buf, 0, n);
      if (all.length() > InputLimits.CSV_IMPORT) {
        throw InputLimits.tooLarge(null, "the CSV file", InputLimits.CSV_IMPORT);
      }
    }
    String text = all.length() > 0 && all.charAt(0) == '\uFEFF' ? all.substring(1) : all.toString();
    return new Parser(text, separator).records();
  }

  private static final class Parser {
    private final String text;
    private final String stops;
    private final char separator;
    private int pos;
    private int line = 1;

    Parser(String text, char separator) {
      this.text = text;
      this.separator = separator;
      this.stops = separator + "\r\n";
    }

    List<List<String>> records() {
      List<List<String>> rows = new ArrayList<>();
      while (pos < text.length()) {
        rows.add(record());
      }
      return rows;
    }

    private List<String> record() {
      List<String> row = new ArrayList<>();
      while (true) {
        String field =
            pos < text.length() && text.charAt(pos) == '"' ? quotedField() : plainField();
        row.add(CsvWriter.isDefused(field) ? field.substring(1) : field);
        if (pos >= text.length()) {
          return row;
        }
        char c = text.charAt(pos++);
        if (c == separator) {
          continue;
        }
        if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
          pos++;
        }
        line++;
        return row;
      }
    }

    private String plainField() {
      int start = pos;
      while (pos < text.length() && stops.indexOf(text.charAt(pos)) < 0) {
        if (text.charAt(pos) == '"') {
          throw new CsvException(line, "a quote inside an unquoted field");
        }
        pos++;
      }
      return text.substring(start, pos);
    }

    private String quotedField() {
      int startLine = line;
      StringBuilder field = new StringBuilder();
      pos++; // opening quote
      while (true) {
        if (pos >= text.length()) {
          throw new CsvException(startLine, "a quoted field is not closed");
        }
        char c = text.charAt(pos++);
        if (c == '"') {
          if (pos < text.length() && text.charAt(pos) == '"') {
            field.append('"');
            pos++;
            continue;
          }
          if (pos < text.length() && stops.indexOf(text.charAt(pos)) < 0) {
            throw new CsvException(line, "text after a closing quote");
          }
          return field.toString();
        }
        if (c == '\n') {
          line++;
        }
        field.append(c);
      }
    }
  }
}
