package io.abacus.wallet.uri;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.wallet.address.Address;
import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** The URI parser accepts or throws InvalidPaymentUriException; built URIs parse back. */
class PaymentUriPropertyTest {
  static final Address TO = Address.parse("0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359");

  @Property(tries = 3000)
  void arbitraryTextOnlyFailsWithTheDocumentedException(@ForAll("uriLike") String text) {
    try {
      PaymentUri.parse(text);
    } catch (InvalidPaymentUriException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Property(tries = 500)
  void builtUrisParseBack(
      @ForAll("amounts") BigInteger value, @ForAll @LongRange(min = 1, max = 1L << 40) long chain) {
    PaymentRequest ether =
        new PaymentRequest.Ether(
            TO, OptionalLong.of(chain), Optional.of(value), Optional.empty(), Optional.empty());
    assertThat(PaymentUri.parse(PaymentUri.build(ether))).isEqualTo(ether);
    PaymentRequest token =
        new PaymentRequest.Token(
            TO, TO, OptionalLong.empty(), Optional.of(value), Optional.empty(), Optional.of(value));
    assertThat(PaymentUri.parse(PaymentUri.build(token))).isEqualTo(token);
  }

  @Provide
  Arbitrary<BigInteger> amounts() {
    return Arbitraries.oneOf(
        Arbitraries.bigIntegers()
            .between(BigInteger.ZERO, BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE)),
        Arbitraries.integers()
            .between(0, 60)
            .map(e -> BigInteger.TEN.pow(e).multiply(BigInteger.valueOf(15))));
  }

  @Provide
  Arbitrary<String> uriLike() {
    Arbitrary<String> parts =
        Arbitraries.of(
            "ethereum:",
            "pay-",
            TO.toString(),
            TO.toLowerHex(),
            "@",
            "1",
            "/",
            "transfer",
            "?",
            "&",
            "=",
            "value",
            "uint256",
            "address",
            "gas",
            "gasLimit",
            "gasPrice",
            "e",
            "E",
            ".",
            "-",
            "+",
            "18",
            "0x",
            "99999999999999999999",
            "alice.eth",
            "%20",
            "",
            "approve");
    Arbitrary<String> composed = parts.list().ofMaxSize(14).map(l -> String.join("", l));
    return Arbitraries.oneOf(composed, Arbitraries.strings().ofMaxLength(120));
  }
}
