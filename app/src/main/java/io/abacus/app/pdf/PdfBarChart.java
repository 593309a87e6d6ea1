package io.abacus.app.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * A grouped bar chart: one group per category (e.g. a month), one bar per series (e.g. in and out),
 * the scale from zero to the largest value, which is written on the axis, and a legend.
 */
final class PdfBarChart {

  private static final Color[] COLORS = {
    new Color(0x2f, 0x85, 0x5a),
    new Color(0xc0, 0x39, 0x2b),
    new Color(0x2b, 0x6c, 0xb0),
    new Color(0xb7, 0x79, 0x1f)
  };
  private static final float LABEL = 7;

  private final PdfBuilder page;
  private final List<String> categories;
  private final List<PdfBarSeries> series;

  PdfBarChart(PdfBuilder page, List<String> categories, List<PdfBarSeries> series) {
    for (PdfBarSeries s : series) {
      if (s.values().size() != categories.size()) {
        throw new IllegalArgumentException(
            "The series "
                + s.name()
                + " has "
                + s.values().size()
                + " values for "
                + categories.size()
                + " categories");
      }
    }
    this.page = page;
    this.categories = List.copyOf(categories);
    this.series = List.copyOf(series);
  }

  void draw(float height) {
    float legend = PdfBuilder.lineHeight(LABEL) + 4;
    float axisLabels = PdfBuilder.lineHeight(LABEL) + 2;
    page.ensure(height + legend + axisLabels);
    BigDecimal max = BigDecimal.ZERO;
    for (PdfBarSeries s : series) {
      for (BigDecimal v : s.values()) {
        max = v.max(max);
      }
    }
    float left = PdfBuilder.MARGIN + 40;
    float width = page.contentWidth() - 40;
    float bottom = page.y() - legend - height;
    try {
      drawLegend(page.y());
      axis(left, bottom, width, height, max);
      if (!categories.isEmpty()) {
        bars(left, bottom, width, height, max);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    page.moveDown(legend + height + axisLabels);
  }

  private void drawLegend(float top) throws IOException {
    float x = PdfBuilder.MARGIN;
    for (int i = 0; i < series.size(); i++) {
      page.stream().setNonStrokingColor(COLORS[i % COLORS.length]);
      page.stream().addRect(x, top - LABEL, LABEL, LABEL);
      page.stream().fill();
      page.drawText(
          x + LABEL + 3,
          top - LABEL,
          series.get(i).name(),
          PdfFonts.Style.REGULAR,
          LABEL,
          PdfBuilder.TEXT);
      x += LABEL + 12 + page.fonts().width(series.get(i).name(), PdfFonts.Style.REGULAR, LABEL);
    }
  }

  private void axis(float left, float bottom, float width, float height, BigDecimal max)
      throws IOException {
    page.stream().setStrokingColor(PdfBuilder.RULE);
    page.stream().setLineWidth(0.5f);
    page.stream().moveTo(left, bottom);
    page.stream().lineTo(left + width, bottom);
    page.stream().moveTo(left, bottom);
    page.stream().lineTo(left, bottom + height);
    page.stream().stroke();
    String top = max.stripTrailingZeros().toPlainString();
    float topWidth = page.fonts().width(top, PdfFonts.Style.REGULAR, LABEL);
    page.drawText(
        left - 3 - Math.min(topWidth, 37),
        bottom + height - LABEL,
        top,
        PdfFonts.Style.REGULAR,
        LABEL,
        PdfBuilder.MUTED);
    page.drawText(
        left - 3 - page.fonts().width("0", PdfFonts.Style.REGULAR, LABEL),
        bottom,
        "0",
        PdfFonts.Style.REGULAR,
        LABEL,
        PdfBuilder.MUTED);
  }

  private void bars(float left, float bottom, float width, float height, BigDecimal max)
      throws IOException {
    float group = width / categories.size();
    float bar = Math.max(0.5f, group * 0.8f / Math.max(1, series.size()));
    // Label every category when they fit, otherwise every n-th, so 36 months stay readable.
    int every = 1;
    while (every < categories.size() && labelWidth() / every > group) {
      every++;
    }
    for (int c = 0; c < categories.size(); c++) {
      float x = left + c * group + group * 0.1f;
      for (int s = 0; s < series.size(); s++) {
        BigDecimal value = series.get(s).values().get(c);
        float h =
            max.signum() == 0 ? 0 : (float) (value.doubleValue() / max.doubleValue() * height);
        if (h > 0) {
          page.stream().setNonStrokingColor(COLORS[s % COLORS.length]);
          page.stream().addRect(x + s * bar, bottom, bar, Math.max(h, 0.5f));
          page.stream().fill();
        }
      }
      if (c % every == 0) {
        page.drawText(
            left + c * group + 1,
            bottom - LABEL - 2,
            categories.get(c),
            PdfFonts.Style.REGULAR,
            LABEL,
            PdfBuilder.MUTED);
      }
    }
  }

  private float labelWidth() {
    float widest = 0;
    for (String category : categories) {
      widest = Math.max(widest, page.fonts().width(category, PdfFonts.Style.REGULAR, LABEL) + 4);
    }
    return widest;
  }
}
