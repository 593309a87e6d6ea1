package io.abacus.wallet.uri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.wallet.address.Address;
import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PaymentUriTest {
  static final Address TO = Address.parse("0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359");
  static final Address TOKEN = Address.parse("0x89205a3a3b2a69de6dbf7f01ed13b2108b2c43e7");

  @Test
  void parsesEip681EtherExampleWithScientificValue() {
    PaymentRequest r =
        PaymentUri.parse("ethereum:0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359?value=2.014e18");
    assertThat(r)
        .isEqualTo(
            new PaymentRequest.Ether(
                TO,
                OptionalLong.empty(),
                Optional.of(new BigInteger("2014000000000000000")),
                Optional.empty(),
                Optional.empty()));
  }

  @Test
  void parsesEip681TokenTransferExample() {
    PaymentRequest r =
        PaymentUri.parse(
            "ethereum:0x89205a3a3b2a69de6dbf7f01ed13b2108b2c43e7/transfer?address=0x8e23ee67d1332ad560396262c48ffbb01f93d052&uint256=1");
    assertThat(r).isInstanceOf(PaymentRequest.Token.class);
    PaymentRequest.Token t = (PaymentRequest.Token) r;
    assertThat(t.token()).isEqualTo(TOKEN);
    assertThat(t.recipient())
        .isEqualTo(Address.parse("0x8e23ee67d1332ad560396262c48ffbb01f93d052"));
    assertThat(t.amount()).contains(BigInteger.ONE);
  }

  @Test
  void chainIdGasAndPayPrefix() {
    PaymentRequest.Ether e =
        (PaymentRequest.Ether)
            PaymentUri.parse("ethereum:pay-" + TO + "@137?value=1e3&gasLimit=21000&gasPrice=2.5e9");
    assertThat(e.chainId()).hasValue(137);
    assertThat(e.value()).contains(BigInteger.valueOf(1000));
    assertThat(e.gasLimit()).contains(BigInteger.valueOf(21000));
    assertThat(e.gasPrice()).contains(BigInteger.valueOf(2_500_000_000L));
  }

  @Test
  void buildRoundTrips() {
    PaymentRequest token =
        new PaymentRequest.Token(
            TOKEN,
            TO,
            OptionalLong.of(1),
            Optional.of(new BigInteger("25000000")),
            Optional.empty(),
            Optional.empty());
    String uri = PaymentUri.build(token);
    assertThat(uri).isEqualTo("ethereum:" + TOKEN + "@1/transfer?address=" + TO + "&uint256=2.5e7");
    assertThat(PaymentUri.parse(uri)).isEqualTo(token);
    PaymentRequest ether =
        new PaymentRequest.Ether(
            TO,
            OptionalLong.empty(),
            Optional.of(new BigInteger("1500000000000000000")),
            Optional.empty(),
            Optional.empty());
    assertThat(PaymentUri.build(ether)).isEqualTo("ethereum:" + TO + "?value=1.5e18");
    assertThat(PaymentUri.parse(PaymentUri.build(ether))).isEqualTo(ether);
  }

  @Test
  void errorsSayWhatIsWrong() {
    // The EIP-681 text's own example address is mixed-case with a wrong EIP-55 checksum.
    assertThatThrownBy(
            () -> PaymentUri.parse("ethereum:0xfb6916095ca1df60bB79Ce92cE3Ea74c37c5d359?value=1"))
        .hasMessageContaining("wrong EIP-55 checksum");
    assertThatThrownBy(() -> PaymentUri.parse("bitcoin:abc"))
        .isInstanceOf(InvalidPaymentUriException.class)
        .hasMessageContaining("starts with 'ethereum:'");
    assertThatThrownBy(() -> PaymentUri.parse("ethereum:" + TO + "?value=1.5"))
        .hasMessageContaining("not a whole number of base units");
    assertThatThrownBy(() -> PaymentUri.parse("ethereum:" + TO + "?value=abc"))
        .hasMessageContaining("'value' = 'abc' is not a number");
    assertThatThrownBy(() -> PaymentUri.parse("ethereum:" + TO + "@x"))
        .hasMessageContaining("chain id 'x'");
    assertThatThrownBy(() -> PaymentUri.parse("ethereum:alice.eth?value=1"))
        .hasMessageContaining("ENS is not supported");
    assertThatThrownBy(() -> PaymentUri.parse("ethereum:" + flipCase(TO.toString())))
        .hasMessageContaining("checksum");
    assertThatThrownBy(() -> PaymentUri.parse("ethereum:" + TOKEN + "/transfer?uint256=1"))
        .hasMessageContaining("needs the 'address' parameter");
    assertThatThrownBy(() -> PaymentUri.parse("ethereum:" + TO + "/approve?x=1"))
        .hasMessageContaining("'approve' is not supported");
    assertThatThrownBy(() -> PaymentUri.parse("ethereum:" + TO + "?value=1&value=2"))
        .hasMessageContaining("appears twice");
    assertThatThrownBy(() -> PaymentUri.parse("ethereum:" + TO + "?value=1e999"))
        .hasMessageContaining("exponent above");
  }

  /** The address with the case of its last letter flipped: a checksum typo. */
  static String flipCase(String address) {
    char[] c = address.toCharArray();
    for (int i = c.length - 1; i > 1; i--) {
      if (Character.isLetter(c[i])) {
        c[i] =
            Character.isUpperCase(c[i]) ? Character.toLowerCase(c[i]) : Character.toUpperCase(c[i]);
        break;
      }
    }
    return new String(c);
  }
}
