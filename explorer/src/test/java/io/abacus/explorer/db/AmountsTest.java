package io.abacus.explorer.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AmountsTest {
  @Test
  void roundTripsAndOrdersLikeNumbers() {
    Random random = new Random(7);
    for (int i = 0; i < 5000; i++) {
      BigInteger a = new BigInteger(random.nextInt(257), random);
      BigInteger b = new BigInteger(random.nextInt(257), random);
      assertThat(Amounts.decode(Amounts.encode(a))).isEqualTo(a);
      assertThat(Integer.signum(Arrays.compareUnsigned(Amounts.encode(a), Amounts.encode(b))))
          .isEqualTo(a.compareTo(b));
    }
  }

  @Test
  void edgeValues() {
    assertThat(Amounts.encode(BigInteger.ZERO)).containsExactly(0);
    assertThat(Amounts.encode(BigInteger.valueOf(255))).containsExactly(1, 0xff);
    BigInteger max = BigInteger.TWO.pow(256).subtract(BigInteger.ONE);
    assertThat(Amounts.encode(max)).hasSize(33);
    assertThat(Amounts.decode(Amounts.encode(max))).isEqualTo(max);
    assertThatThrownBy(() -> Amounts.encode(BigInteger.ONE.negate()))
        .hasMessageContaining("unsigned");
    assertThatThrownBy(() -> Amounts.decode(new byte[] {3, 1})).hasMessageContaining("corrupt");
  }
}
