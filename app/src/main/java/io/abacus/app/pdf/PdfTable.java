package io.abacus.app.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table laid out by {@link PdfBuilder}: cells wrap, rows never split, the header repeats per
 * page.
 */
final class PdfTable {

  private static final float SIZE = 8.5f;
  private static final float PAD = 3;
  private static final Color HEADER_FILL = new Color(0xee, 0xf1, 0xf5);

  private final PdfBuilder page;
  private final List<PdfColumn> columns;
  private final float[] widths;

  PdfTable(PdfBuilder page, List<PdfColumn> columns) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("A table needs at least one column");
    }
    this.page = page;
    this.columns = List.copyOf(columns);
    float total = 0;
    for (PdfColumn column : columns) {
      total += column.weight();
    }
    widths = new float[columns.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = page.contentWidth() * columns.get(i).weight() / total;
    }
  }

  void draw(List<List<String>> rows) {
    List<String> headers = new ArrayList<>();
    columns.forEach(c -> headers.add(c.header()));
    List<List<String>> headerCells = wrapRow(headers, true);
    float headerHeight = height(headerCells);
    boolean first = true;
    for (List<String> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "A row has " + row.size() + " cells for " + columns.size() + " columns");
      }
      List<List<String>> cells = wrapRow(row, false);
      float rowHeight = height(cells);
      boolean newPage = page.ensure(rowHeight + (first ? headerHeight : 0));
      if (first || newPage) {
        drawRow(headerCells, headerHeight, true);
        first = false;
      }
      drawRow(cells, rowHeight, false);
    }
    if (first) {
      page.ensure(headerHeight);
      drawRow(headerCells, headerHeight, true);
    }
  }

  private List<List<String>> wrapRow(List<String> row, boolean header) {
    List<List<String>> cells = new ArrayList<>();
    for (int i = 0; i < row.size(); i++) {
      String value = row.get(i) == null ? "" : row.get(i);
      cells.add(PdfText.wrap(value, page.fonts(), style(i, header), SIZE, widths[i] - 2 * PAD));
    }
    return cells;
  }

  private PdfFonts.Style style(int column, boolean header) {
    if (header) {
      return PdfFonts.Style.BOLD;
    }
    return columns.get(column).mono() ? PdfFonts.Style.MONO : PdfFonts.Style.REGULAR;
  }

  private static float height(List<List<String>> cells) {
    int lines = 1;
    for (List<String> cell : cells) {
      lines = Math.max(lines, cell.size());
    }
    return lines * PdfBuilder.lineHeight(SIZE) + 2 * PAD;
  }

  private void drawRow(List<List<String>> cells, float height, boolean header) {
    float top = page.y();
    float left = PdfBuilder.MARGIN;
    try {
      if (header) {
        page.stream().setNonStrokingColor(HEADER_FILL);
        page.stream().addRect(left, top - height, page.contentWidth(), height);
        page.stream().fill();
      }
      page.stream().setStrokingColor(PdfBuilder.RULE);
      page.stream().setLineWidth(0.5f);
      page.stream().moveTo(left, top - height);
      page.stream().lineTo(left + page.contentWidth(), top - height);
      page.stream().stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    float x = left;
    for (int i = 0; i < cells.size(); i++) {
      float lineTop = top - PAD;
      for (String line : cells.get(i)) {
        PdfFonts.Style style = style(i, header);
        float textX = x + PAD;
        if (columns.get(i).alignRight()) {
          textX = x + widths[i] - PAD - page.fonts().width(line, style, SIZE);
        }
        page.drawText(textX, lineTop - SIZE, line, style, SIZE, PdfBuilder.TEXT);
        lineTop -= PdfBuilder.lineHeight(SIZE);
      }
      x += widths[i];
    }
    page.moveDown(height);
  }
}
