package io.abacus.app.explorer.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BalanceHistoryTest {
  private static final LocalDate D = LocalDate.of(2026, 1, 1);

  @Test
  void quietDaysKeepThePreviousBalanceAndTheChartRunsToTheIndexsLastDay() {
    TreeMap<LocalDate, BigInteger> perDay = new TreeMap<>();
    perDay.put(D, BigInteger.valueOf(5));
    perDay.put(D.plusDays(3), BigInteger.valueOf(-2));
    BalanceHistory.Series s =
        BalanceHistory.series(perDay, false, Optional.of(BigInteger.TEN), D.plusDays(5));
    assertThat(s.absolute()).isTrue();
    assertThat(s.points())
        .extracting(BalanceHistory.Point::balance)
        .containsExactly(
            BigInteger.valueOf(15),
            BigInteger.valueOf(15),
            BigInteger.valueOf(15),
            BigInteger.valueOf(13),
            BigInteger.valueOf(13),
            BigInteger.valueOf(13));
    assertThat(s.total()).isEqualTo(BigInteger.valueOf(13));
  }

  @Test
  void threeYearsArePointsPerWeekEndingWithTheLastDay() {
    TreeMap<LocalDate, BigInteger> perDay = new TreeMap<>();
    for (int i = 0; i < 3 * 365; i += 10) {
      perDay.put(D.plusDays(i), BigInteger.ONE);
    }
    BalanceHistory.Series s = BalanceHistory.series(perDay, false, Optional.empty(), null);
    assertThat(s.absolute()).isFalse();
    assertThat(s.points()).hasSizeBetween(150, BalanceHistory.MAX_POINTS);
    BalanceHistory.Point last = s.points().get(s.points().size() - 1);
    assertThat(last.day()).isEqualTo(perDay.lastKey());
    assertThat(last.balance()).isEqualTo(BigInteger.valueOf(perDay.size()));
  }

  @Test
  void noActivityButAKnownBalanceIsOnePointOnTheLastDay() {
    BalanceHistory.Series s =
        BalanceHistory.series(new TreeMap<>(), false, Optional.of(BigInteger.TWO), D);
    assertThat(s.points()).containsExactly(new BalanceHistory.Point(D, BigInteger.TWO));
  }

  @Test
  void theDayAxisFitsTheDataNotAYear() {
    // one day of demo activity: a week around it, a tick a day (JavaFX alone drew 16 months)
    assertThat(
            BalanceHistory.dayAxis(java.util.List.of(new BalanceHistory.Point(D, BigInteger.ONE))))
        .containsExactly(D.toEpochDay() - 3, D.toEpochDay() + 3, 2);
    // three years: 20 days either side, ticks a year apart
    assertThat(
            BalanceHistory.dayAxis(
                java.util.List.of(
                    new BalanceHistory.Point(D, BigInteger.ONE),
                    new BalanceHistory.Point(D.plusDays(1095), BigInteger.TWO))))
        .containsExactly(D.toEpochDay() - 54, D.toEpochDay() + 1095 + 54, 365);
    assertThat(BalanceHistory.dayAxis(java.util.List.of())).isNull();
  }
}
