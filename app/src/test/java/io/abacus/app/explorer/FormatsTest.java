package io.abacus.app.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class FormatsTest {
  @Test
  void amountsAreExactAndGroupedLikeTheWallets() {
    // "36000000 TUSD" on the token page was hard to read; the wallet pages group thousands
    assertThat(Formats.units(new BigInteger("36000000000000"), 6)).isEqualTo("36,000,000");
    assertThat(Formats.units(new BigInteger("1049600792004637431164"), 18))
        .isEqualTo("1,049.600792004637431164");
    assertThat(Formats.units(new BigInteger("1"), 18)).isEqualTo("0.000000000000000001");
    assertThat(Formats.units(BigInteger.ZERO, 18)).isEqualTo("0");
    assertThat(Formats.units(new BigInteger("-2500000"), 6)).isEqualTo("-2.5");
    assertThat(Formats.units(null, 18)).isEmpty();
  }
}
