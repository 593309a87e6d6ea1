package io.abacus.wallet.hd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DerivationPathTest {

  @Test
  void parsesHardenedAndPlainIndexesUpToTwoToThe31MinusOne() {
    DerivationPath p = DerivationPath.parse(" m/44'/60h/2147483647H/0/2147483647 ");
    assertThat(p).hasToString("m/44'/60'/2147483647'/0/2147483647");
    assertThat(p.depth()).isEqualTo(5);
    assertThat(p.children()[0]).isEqualTo(44 | DerivationPath.HARDENED);
    assertThat(DerivationPath.parse("m")).hasToString("m");
  }

  @Test
  void malformedPathsGetClearErrors() {
    assertThatThrownBy(() -> DerivationPath.parse("44'/60'/0'/0/0"))
        .isInstanceOf(InvalidPathException.class)
        .hasMessageContaining("must start with m/");
    assertThatThrownBy(() -> DerivationPath.parse("m/44'//0"))
        .isInstanceOf(InvalidPathException.class)
        .hasMessageContaining("part 2 '' is not a number");
    assertThatThrownBy(() -> DerivationPath.parse("m/44'/x/0"))
        .isInstanceOf(InvalidPathException.class)
        .hasMessageContaining("'x'");
    assertThatThrownBy(() -> DerivationPath.parse("m/2147483648"))
        .isInstanceOf(InvalidPathException.class)
        .hasMessageContaining("2^31-1");
    assertThatThrownBy(() -> DerivationPath.parse("m/-1")).isInstanceOf(InvalidPathException.class);
    assertThatThrownBy(() -> DerivationPath.parse(""))
        .isInstanceOf(InvalidPathException.class)
        .hasMessageContaining("no derivation path");
  }

  @Property(tries = 1000)
  void anyTextParsesOrFailsWithInvalidPathException(@ForAll("pathLike") String text) {
    try {
      DerivationPath p = DerivationPath.parse(text);
      assertThat(DerivationPath.parse(p.toString())).isEqualTo(p);
    } catch (InvalidPathException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Property(tries = 300)
  void arbitraryUnicodeNeverThrowsAnythingElse(@ForAll String text) {
    try {
      DerivationPath.parse(text);
    } catch (InvalidPathException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<String> pathLike() {
    Arbitrary<String> part =
        Arbitraries.oneOf(
            Arbitraries.longs().between(-5, 5_000_000_000L).map(Object::toString),
            Arbitraries.strings().withChars("0123456789'hH/mx -").ofMaxLength(12));
    Arbitrary<String> suffix = Arbitraries.of("", "'", "h", "H", "''");
    return Arbitraries.oneOf(
            Arbitraries.just("m"), Arbitraries.just("M"), Arbitraries.strings().ofMaxLength(3))
        .flatMap(
            head ->
                part.flatMap(p -> suffix.map(s -> p + s))
                    .list()
                    .ofMaxSize(8)
                    .map(parts -> parts.isEmpty() ? head : head + "/" + String.join("/", parts)));
  }
}
