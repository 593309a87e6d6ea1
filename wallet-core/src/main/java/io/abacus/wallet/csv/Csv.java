package io.abacus.wallet.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: fields quoted when they hold a comma, quote or line break; CRLF line ends. */
public final class Csv {
  private Csv() {}

  /** Writes one record and its CRLF terminator. */
  public static void writeRow(Writer out, List<String> fields) {
    try {
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(quote(fields.get(i)));
      }
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The field as it appears in a record. A null field is written empty. */
  public static String quote(String field) {
    if (field == null) {
      return "";
    }
    boolean needs =
        field.indexOf(',') >= 0
            || field.indexOf('"') >= 0
            || field.indexOf('\n') >= 0
            || field.indexOf('\r') >= 0;
    return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  /**
   * Reads every record. Accepts CRLF or LF line ends, quoted fields with embedded commas, quotes
   * and line breaks, and a UTF-8 byte-order mark at the start. Meant for user files such as an
   * address book, which fit in memory.
   *
   * @throws CsvException for an unterminated quoted field or text after a closing quote
   */
  public static List<List<String>> read(Reader in) throws IOException {
    StringBuilder all = new StringBuilder();
    char[] buf = new char[8192];
    for (int n; (n = in.read(buf)) != -1; ) {
      all.append(buf, 0, n);
    }
    String text = all.length() > 0 && all.charAt(0) == '\uFEFF' ? all.substring(1) : all.toString();
    return new Parser(text).records();
  }

  private static final class Parser {
    private final String text;
    private int pos;
    private int line = 1;

    Parser(String text) {
      this.text = text;
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
        row.add(pos < text.length() && text.charAt(pos) == '"' ? quotedField() : plainField());
        if (pos >= text.length()) {
          return row;
        }
        char c = text.charAt(pos++);
        if (c == ',') {
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
      while (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
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
          if (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
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
