package io.abacus.app.pdf;

import java.math.BigDecimal;
import java.util.List;

/**
 * One series of a grouped bar chart: its name in the legend and one value per category (for example
 * the money received per month). Values are exact decimals; they are turned into bar heights only
 * for drawing.
 */
public record PdfBarSeries(String name, List<BigDecimal> values) {
  public PdfBarSeries {
    values = List.copyOf(values);
  }
}
