package io.abacus.wallet.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretBytesTest {

  @Test
  void closeZeroesTheOwnedArrayAndHidesContent() {
    byte[] raw = {1, 2, 3};
    SecretBytes secret = SecretBytes.takeOwnership(raw);
    assertThat(secret.toString()).doesNotContain("1").contains("redacted");
    assertThat(secret.contentEquals(new byte[] {1, 2, 3})).isTrue();
    secret.close();
    assertThat(raw).containsOnly(0);
    assertThat(secret.isWiped()).isTrue();
    assertThatThrownBy(secret::copy).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void copyOfLeavesTheCallersArrayAlone() {
    byte[] raw = {9, 9};
    try (SecretBytes secret = SecretBytes.copyOf(raw)) {
      byte[] copy = secret.copy();
      assertThat(copy).containsExactly(9, 9);
      SecretBytes.wipe(copy);
      assertThat(secret.copy()).containsExactly(9, 9);
    }
    assertThat(raw).containsExactly(9, 9);
  }
}
