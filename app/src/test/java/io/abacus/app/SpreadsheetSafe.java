package io.abacus.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks an exported CSV the way a spreadsheet reads it: every cell is a plain number or boolean,
 * or text that cannot start a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, CR).
 */
public final class SpreadsheetSafe {
  private static final Pattern NUMBER_OR_BOOLEAN =
      Pattern.compile("-?[0-9]+(\\.[0-9]+)?|true|false");

  private SpreadsheetSafe() {}

  /** Asserts every cell of {@code csv} is safe; returns the number of cells checked. */
  public static int assertSafe(Path csv) throws IOException {
    int cells = 0;
    for (String cell : rawCells(Files.readString(csv))) {
      cells++;
      if (cell.isEmpty() || NUMBER_OR_BOOLEAN.matcher(cell).matches()) {
        continue;
      }
      assertThat("=+-@\t\r".indexOf(cell.charAt(0)))
          .as("cell %s of %s could run as a formula", cell, csv)
          .isNegative();
    }
    assertThat(cells).isPositive();
    return cells;
  }

  /** The cells as written (RFC 4180 quotes removed, nothing else). */
  private static List<String> rawCells(String text) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',' || c == '\n') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c != '\r') {
        cell.append(c);
      }
    }
    if (cell.length() > 0) {
      cells.add(cell.toString());
    }
    return cells;
  }
}
