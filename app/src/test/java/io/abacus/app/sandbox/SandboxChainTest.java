package io.abacus.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class SandboxChainTest {
  @Test
  void convertsDecimalAmountsToBaseUnits() {
    assertThat(SandboxChain.toBaseUnits(new BigDecimal("12.5"), 18, "ETH"))
        .isEqualTo(new BigInteger("12500000000000000000"));
    assertThat(SandboxChain.toBaseUnits(new BigDecimal("0.000001"), 6, "TUSD"))
        .isEqualTo(BigInteger.ONE);
    assertThat(SandboxChain.toBaseUnits(new BigDecimal("1.500000000"), 6, "TUSD"))
        .isEqualTo(BigInteger.valueOf(1_500_000));
  }

  @Test
  void rejectsZeroNegativeTooPreciseAndHugeAmounts() {
    assertThatThrownBy(() -> SandboxChain.toBaseUnits(BigDecimal.ZERO, 18, "ETH"))
        .hasMessageContaining("must be positive");
    assertThatThrownBy(() -> SandboxChain.toBaseUnits(new BigDecimal("-1"), 18, "ETH"))
        .hasMessageContaining("must be positive");
    assertThatThrownBy(() -> SandboxChain.toBaseUnits(new BigDecimal("0.0000001"), 6, "TUSD"))
        .isInstanceOf(SandboxException.class)
        .hasMessageContaining("TUSD has 6 decimals");
    assertThatThrownBy(() -> SandboxChain.toBaseUnits(new BigDecimal("1e80"), 18, "ETH"))
        .hasMessageContaining("too large");
  }

  @Test
  void abiHelpers() {
    assertThat(Abi.selector("transfer(address,uint256)")).isEqualTo("a9059cbb");
    assertThat(TestUsd.TRANSFER_TOPIC)
        .isEqualTo("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");
    assertThat(Abi.number("0x")).isZero();
    assertThat(Abi.quantity(BigInteger.valueOf(255))).isEqualTo("0xff");
    // ABI encoding of the string "Test USD"
    String encoded =
        "0x0000000000000000000000000000000000000000000000000000000000000020"
            + "0000000000000000000000000000000000000000000000000000000000000008"
            + "5465737420555344000000000000000000000000000000000000000000000000";
    assertThat(Abi.decodeString(encoded)).isEqualTo("Test USD");
  }
}
