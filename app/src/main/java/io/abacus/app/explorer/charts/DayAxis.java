package io.abacus.app.explorer.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The day axis of a daily bar chart: which days get a label so that the labels fit side by side.
 * Tries every day, every 2, 3, 7 or 14 days, then the first of every 1, 2, 3 or 6 months, then
 * every 1, 2, 5 or 10 years, and keeps the first rule whose labels do not touch.
 */
final class DayAxis {
  /** Space kept between two labels, in pixels. */
  static final double GAP = 10;

  private static final int[] DAY_STEPS = {1, 2, 3, 7, 14};
  private static final int[] MONTH_STEPS = {1, 2, 3, 6};
  private static final int[] YEAR_STEPS = {1, 2, 5, 10};

  private DayAxis() {}

  /**
   * A labelled day.
   *
   * @param index the bar's position, 0 for the first day
   * @param center the label's center in pixels from the plot's left edge (kept inside the plot)
   */
  record Tick(int index, String label, double center) {}

  /**
   * Labels for {@code count} bars starting at {@code first} across {@code width} pixels.
   *
   * @param labelWidth the width a label takes when drawn, in pixels
   */
  static List<Tick> ticks(
      LocalDate first, int count, double width, ToDoubleFunction<String> labelWidth) {
    if (count <= 0 || width <= 0) {
      return List.of();
    }
    List<List<Tick>> candidates = new ArrayList<>();
    for (int step : DAY_STEPS) {
      candidates.add(place(first, count, width, labelWidth, i -> i % step == 0, Unit.DAY));
    }
    for (int step : MONTH_STEPS) {
      candidates.add(
          place(
              first,
              count,
              width,
              labelWidth,
              i -> {
                LocalDate d = first.plusDays(i);
                return d.getDayOfMonth() == 1 && (d.getMonthValue() - 1) % step == 0;
              },
              Unit.MONTH));
    }
    for (int step : YEAR_STEPS) {
      candidates.add(
          place(
              first,
              count,
              width,
              labelWidth,
              i -> {
                LocalDate d = first.plusDays(i);
                return d.getDayOfYear() == 1 && d.getYear() % step == 0;
              },
              Unit.YEAR));
    }
    for (List<Tick> ticks : candidates) {
      if (!ticks.isEmpty() && fits(ticks, labelWidth)) {
        return ticks;
      }
    }
    // Too narrow even for years: the first day alone.
    return List.of(place(first, count, width, labelWidth, i -> i == 0, Unit.DAY).get(0));
  }

  /** True if no two neighbouring labels come closer than {@link #GAP}. */
  static boolean fits(List<Tick> ticks, ToDoubleFunction<String> labelWidth) {
    for (int i = 1; i < ticks.size(); i++) {
      Tick a = ticks.get(i - 1);
      Tick b = ticks.get(i);
      double room = b.center() - a.center();
      double need = (labelWidth.applyAsDouble(a.label()) + labelWidth.applyAsDouble(b.label())) / 2;
      if (room < need + GAP) {
        return false;
      }
    }
    return true;
  }

  private enum Unit {
    DAY,
    MONTH,
    YEAR
  }

  private static List<Tick> place(
      LocalDate first,
      int count,
      double width,
      ToDoubleFunction<String> labelWidth,
      java.util.function.IntPredicate labelled,
      Unit unit) {
    double slot = width / count;
    List<Tick> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (!labelled.test(i)) {
        continue;
      }
      String label = label(first.plusDays(i), unit);
      double half = labelWidth.applyAsDouble(label) / 2;
      double center = Math.min(Math.max((i + 0.5) * slot, half), Math.max(half, width - half));
      out.add(new Tick(i, label, center));
    }
    return out;
  }

  /**
   * Numeric, so it reads the same in every language: {@code 11-27}, {@code 2026-11}, {@code 2026}.
   */
  private static String label(LocalDate d, Unit unit) {
    return switch (unit) {
      case DAY -> String.format("%02d-%02d", d.getMonthValue(), d.getDayOfMonth());
      case MONTH -> String.format("%d-%02d", d.getYear(), d.getMonthValue());
      case YEAR -> Integer.toString(d.getYear());
    };
  }
}
