package io.abacus.app.explorer.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The value axis of a bar chart: from zero to a round top in 1, 2 or 5 × 10ⁿ steps. */
record ValueAxis(double top, List<Double> ticks, List<String> labels) {
  /** About this many steps from zero to the top. */
  static final int STEPS = 4;

  /** An axis that holds {@code max}; 0 to 1 when everything is zero. */
  static ValueAxis of(double max) {
    double step = step(max <= 0 || Double.isNaN(max) ? 1 : max / STEPS);
    int n = (int) Math.max(1, Math.ceil(max / step - 1e-9));
    List<Double> ticks = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    BigDecimal s = BigDecimal.valueOf(step);
    for (int i = 0; i <= n; i++) {
      BigDecimal v = s.multiply(BigDecimal.valueOf(i)).stripTrailingZeros();
      ticks.add(v.doubleValue());
      labels.add(v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString());
    }
    return new ValueAxis(step * n, List.copyOf(ticks), List.copyOf(labels));
  }

  /** The smallest of 1, 2, 5 × 10ⁿ at or above {@code raw}. */
  private static double step(double raw) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * magnitude >= raw * (1 - 1e-9)) {
        return BigDecimal.valueOf(m * magnitude).doubleValue();
      }
    }
    return 10 * magnitude;
  }
}
