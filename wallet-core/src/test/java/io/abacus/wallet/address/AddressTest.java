package io.abacus.wallet.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressTest {

  /** The test cases of the EIP-55 specification. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "0x52908400098527886E0F7030069857D2E4169EE7",
        "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
        "0xde709f2102306220921060314715629080e2fb77",
        "0x27b1fdb04752bbc536007a920d24acb045561c26",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
        "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"
      })
  void specCasesRoundTrip(String checksummed) {
    assertThat(Address.parse(checksummed).toString()).isEqualTo(checksummed);
  }

  @Test
  void lowerAndUpperCaseInputIsAcceptedAndChecksummed() {
    String expected = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
    assertThat(Address.parse(expected.toLowerCase()).toString()).isEqualTo(expected);
    assertThat(Address.parse("0x" + expected.substring(2).toUpperCase()).toString())
        .isEqualTo(expected);
    assertThat(Address.parse("  " + expected + "\n")).isEqualTo(Address.parse(expected));
  }

  @Test
  void wrongChecksumIsRefusedSayingChecksum() {
    assertThatThrownBy(() -> Address.parse("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"))
        .isInstanceOf(InvalidAddressException.class)
        .hasMessageContaining("checksum")
        .extracting(e -> ((InvalidAddressException) e).reason())
        .isEqualTo(InvalidAddressException.Reason.BAD_CHECKSUM);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAedd",
        "0xgaAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
      })
  void malformedInputIsRefused(String text) {
    assertThatThrownBy(() -> Address.parse(text))
        .isInstanceOf(InvalidAddressException.class)
        .extracting(e -> ((InvalidAddressException) e).reason())
        .isEqualTo(InvalidAddressException.Reason.MALFORMED);
    assertThat(Address.isValid(text)).isFalse();
  }
}
