package io.abacus.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressTextTest {
  static final String ADDRESS = "0xE9325B4ed49B2e6d0a89d6a3E8F8a4bD40dc5Cc1";

  @Test
  void groupsInFoursKeepingEveryCharacter() {
    String grouped = AddressText.grouped(ADDRESS);
    assertThat(grouped).isEqualTo("0xE932 5B4e d49B 2e6d 0a89 d6a3 E8F8 a4bD 40dc 5Cc1");
    assertThat(grouped.replace(" ", "")).isEqualTo(ADDRESS);
  }

  @Test
  void groupsAnUnevenTail() {
    assertThat(AddressText.grouped("0x123456")).isEqualTo("0x1234 56");
    assertThat(AddressText.grouped("")).isEmpty();
  }

  @Test
  void middleEllipsisKeepsTheFirstSixAndTheLastFour() {
    assertThat(AddressText.middle(ADDRESS)).isEqualTo("0xE932…5Cc1");
  }

  @Test
  void shortTextsAreNotShortened() {
    assertThat(AddressText.middle("0x12345678")).isEqualTo("0x12345678");
    assertThat(AddressText.middle(null)).isEmpty();
  }
}
