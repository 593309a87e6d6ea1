package io.abacus.app.explorer.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.explorer.query.QueryRecords;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * One bar per calendar day, gaps kept, labels thinned so they never touch, at 7 days and 3 years.
 */
class DailyBarsTest {
  /** A label's width by a count rule: 7 pixels a character, wider than the chart's 11 px font. */
  private static final ToDoubleFunction<String> WIDTH = s -> 7.0 * s.length();

  private static QueryRecords.Daily day(LocalDate d, long txs) {
    return new QueryRecords.Daily(
        d, 1, txs, BigInteger.valueOf(txs).multiply(BigInteger.TEN.pow(18)), BigInteger.ONE);
  }

  @Test
  void aWeekWithQuietDaysHasSevenBarsAndEveryDayLabelled() {
    LocalDate first = LocalDate.of(2026, 11, 21);
    List<QueryRecords.Daily> read =
        List.of(
            day(first, 4),
            day(first.plusDays(1), 2),
            day(first.plusDays(3), 9),
            day(first.plusDays(6), 1));
    List<QueryRecords.Daily> bars = ChartsViewModel.fill(read, first, first.plusDays(6));
    assertThat(bars).hasSize(7);
    assertThat(bars)
        .extracting(QueryRecords.Daily::transactions)
        .containsExactly(4L, 2L, 0L, 9L, 0L, 0L, 1L);
    assertThat(bars)
        .extracting(QueryRecords.Daily::day)
        .containsExactlyElementsOf(first.datesUntil(first.plusDays(7)).toList());
    assertThat(bars.get(2).value()).isZero();
    assertThat(bars.get(3).value())
        .isEqualTo(BigInteger.valueOf(9).multiply(BigInteger.TEN.pow(18)));

    List<DayAxis.Tick> ticks = DayAxis.ticks(first, bars.size(), 900, WIDTH);
    assertThat(ticks)
        .extracting(DayAxis.Tick::label)
        .containsExactly("11-21", "11-22", "11-23", "11-24", "11-25", "11-26", "11-27");
    assertThat(DayAxis.fits(ticks, WIDTH)).isTrue();
    assertThat(DailyChart.barWidth(900.0 / 7)).isEqualTo(DailyChart.MAX_BAR);
    assertThat(DailyChart.barWidth(20)).isEqualTo(16);
  }

  @Test
  void threeYearsGiveOneBarPerDayWithGapsAndMonthOrYearLabels() {
    LocalDate first = LocalDate.of(2023, 1, 1);
    LocalDate last = LocalDate.of(2025, 12, 31);
    List<QueryRecords.Daily> read = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(5)) {
      read.add(day(d, d.getDayOfMonth()));
    }
    List<QueryRecords.Daily> bars = ChartsViewModel.fill(read, first, last);
    assertThat(bars).hasSize(1096);
    for (int i = 0; i < bars.size(); i++) {
      QueryRecords.Daily b = bars.get(i);
      assertThat(b.day()).isEqualTo(first.plusDays(i));
      long expected = i % 5 == 0 ? b.day().getDayOfMonth() : 0;
      assertThat(b.transactions()).as("day %s", b.day()).isEqualTo(expected);
    }
    assertThat(ChronoUnit.DAYS.between(first, last) + 1).isEqualTo(bars.size());

    for (double width : new double[] {250, 450, 900, 1400, 3000}) {
      List<DayAxis.Tick> ticks = DayAxis.ticks(first, bars.size(), width, WIDTH);
      assertThat(ticks).as("width %s", width).isNotEmpty();
      assertThat(DayAxis.fits(ticks, WIDTH)).as("width %s", width).isTrue();
      for (DayAxis.Tick t : ticks) {
        assertThat(t.center() - WIDTH.applyAsDouble(t.label()) / 2).isGreaterThanOrEqualTo(0);
        assertThat(t.center() + WIDTH.applyAsDouble(t.label()) / 2).isLessThanOrEqualTo(width);
      }
    }
    List<DayAxis.Tick> at900 = DayAxis.ticks(first, bars.size(), 900, WIDTH);
    assertThat(at900.size()).isBetween(3, 20);
    assertThat(at900.get(0).label()).isEqualTo("2023-01");
    assertThat(DayAxis.ticks(first, bars.size(), 250, WIDTH))
        .extracting(DayAxis.Tick::label)
        .containsExactly("2023", "2024", "2025");
    assertThat(DailyChart.barWidth(900.0 / 1096)).isEqualTo(1);
  }

  @Test
  void theValueAxisEndsOnARoundNumberAboveTheTallestBar() {
    ValueAxis axis = ValueAxis.of(7);
    assertThat(axis.top()).isEqualTo(8);
    assertThat(axis.labels()).containsExactly("0", "2", "4", "6", "8");
    assertThat(ValueAxis.of(0.3).labels()).containsExactly("0", "0.1", "0.2", "0.3");
    assertThat(ValueAxis.of(0).top()).isEqualTo(1);
    assertThat(ValueAxis.of(1234).top()).isGreaterThanOrEqualTo(1234).isLessThan(2000);
  }
}
