package io.abacus.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class AmountTextTest {
  @Test
  void everyDecimalIsKeptAndTheWholePartGrouped() {
    assertThat(AmountText.grouped(new BigInteger("8499876705123456789"), 18))
        .isEqualTo("8.499876705123456789");
    assertThat(AmountText.grouped(new BigInteger("1234567890000000000000000"), 18))
        .isEqualTo("1,234,567.89");
    assertThat(AmountText.grouped(BigInteger.valueOf(1_000_000_000L), 6)).isEqualTo("1,000");
    assertThat(AmountText.grouped(BigInteger.ONE, 18)).isEqualTo("0.000000000000000001");
    assertThat(AmountText.grouped(BigInteger.ZERO, 18)).isEqualTo("0");
    assertThat(AmountText.grouped(new BigDecimal("-12345.50"))).isEqualTo("-12,345.5");
    assertThat(AmountText.grouped(new BigDecimal("999"))).isEqualTo("999");
  }
}
