package io.abacus.wallet.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The typed-data parser hashes or throws InvalidTypedDataException; nothing else. */
class TypedDataPropertyTest {
  static final String MAIL = load("mail.json");
  static final String NESTED = load("nested-arrays.json");

  @Property(tries = 2000)
  void mutatedDocumentsOnlyFailWithTheDocumentedException(@ForAll("mutants") String json) {
    try {
      assertThat(TypedData.parse(json).digest().length()).isEqualTo(32);
    } catch (InvalidTypedDataException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<String> mutants() {
    Arbitrary<String> base = Arbitraries.of(MAIL, NESTED);
    Arbitrary<String> token =
        Arbitraries.of(
            "\"uint256\"",
            "\"int8\"",
            "\"bytes32\"",
            "\"bytes\"",
            "\"bool\"",
            "\"string\"",
            "\"address\"",
            "\"Person[]\"",
            "\"Person[2]\"",
            "\"Mail\"",
            "\"Nope\"",
            "\"uint7\"",
            "-1",
            "1e400",
            "\"0xzz\"",
            "null",
            "[]",
            "{}",
            "true",
            "\"\"",
            "\"0x\"",
            "115792089237316195423570985008687907853269984665640564039457584007913129639936",
            "[[1,2],[3]]",
            "\"uint256[][]\"",
            "\"EIP712Domain\"");
    return Arbitraries.oneOf(
        base.flatMap(
            doc ->
                Arbitraries.integers()
                    .between(0, doc.length() - 1)
                    .flatMap(
                        pos ->
                            token.map(
                                t -> {
                                  int end = Math.min(doc.length(), pos + 1 + (pos % 7));
                                  return doc.substring(0, pos) + t + doc.substring(end);
                                }))),
        base.flatMap(
            doc ->
                Arbitraries.integers().between(0, doc.length()).map(cut -> doc.substring(0, cut))),
        Arbitraries.strings().ofMaxLength(200));
  }

  private static String load(String name) {
    try {
      return MessageSigningTest.resource(name);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
