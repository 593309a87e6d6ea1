package io.abacus.wallet.bip39;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MnemonicPropertiesTest {

  @Property(tries = 500)
  void anyTextParsesOrFailsWithADocumentedError(@ForAll String text) {
    assertParsesOrDocumentedError(text);
  }

  @Property(tries = 500)
  void wordListWordsInAnyOrderParseOrFailWithADocumentedError(
      @ForAll("phrases") List<String> words) {
    assertParsesOrDocumentedError(String.join(" ", words));
  }

  @Property(tries = 200)
  void entropyRoundTripsThroughWords(@ForAll("entropy") byte[] entropy) {
    try (Mnemonic m = Mnemonic.fromEntropy(entropy, Wordlist.english());
        Mnemonic back = Mnemonic.parse(new String(m.phrase()))) {
      assertThat(back.entropy()).isEqualTo(entropy);
    }
  }

  @Provide
  Arbitrary<List<String>> phrases() {
    Arbitrary<String> word =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 2047).map(Wordlist.english()::word),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(9));
    return word.list().ofMinSize(0).ofMaxSize(25);
  }

  @Provide
  Arbitrary<byte[]> entropy() {
    return Arbitraries.of(16, 20, 24, 28, 32)
        .flatMap(n -> Arbitraries.bytes().array(byte[].class).ofSize(n));
  }

  private static void assertParsesOrDocumentedError(String text) {
    try (Mnemonic m = Mnemonic.parse(text)) {
      assertThat(Mnemonic.WORD_COUNTS).contains(m.wordCount());
    } catch (InvalidMnemonicException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }
}
