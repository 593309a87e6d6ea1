package io.abacus.app.lock;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.lock.PasswordStrength.Level;
import org.junit.jupiter.api.Test;

class PasswordStrengthTest {
  private static Level of(String s) {
    return PasswordStrength.evaluate(s.toCharArray());
  }

  @Test
  void ranksTypicalPasswords() {
    assertThat(of("short")).isEqualTo(Level.TOO_SHORT);
    assertThat(of("Password")).isEqualTo(Level.WEAK);
    assertThat(of("12345678")).isEqualTo(Level.WEAK);
    assertThat(of("aaaaaaaa")).isEqualTo(Level.WEAK);
    assertThat(of("tulip-garden")).isEqualTo(Level.GOOD);
    assertThat(of("Tulip-Garden-42")).isEqualTo(Level.STRONG);
    assertThat(of("correct horse battery staple")).isEqualTo(Level.STRONG);
  }

  @Test
  void longerAndMoreVariedIsNeverWeaker() {
    assertThat(of("abcdefgh").compareTo(of("Xq7#pL2!mZ"))).isLessThan(0);
  }
}
