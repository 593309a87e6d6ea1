package io.abacus.wallet.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.wallet.address.Address;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PayoutValidatorTest {
  static final String ALICE = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
  static final String BOB = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
  static final Address TUSD = Address.parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");
  static final Address DMD = Address.parse("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512");

  static final PayoutLookups LOOKUPS =
      new PayoutLookups() {
        @Override
        public Optional<Address> addressOf(String name) {
          return name.equalsIgnoreCase("Bob") ? Optional.of(Address.parse(BOB)) : Optional.empty();
        }

        @Override
        public PayoutAsset nativeAsset() {
          return PayoutAsset.nativeCurrency("ETH", 18);
        }

        @Override
        public Optional<PayoutAsset> tokenBySymbol(String symbol) {
          return symbol.equalsIgnoreCase("TUSD")
              ? Optional.of(new PayoutAsset(Optional.of(TUSD), "TUSD", 6))
              : Optional.empty();
        }

        @Override
        public Optional<PayoutAsset> tokenAt(Address contract) {
          if (contract.equals(TUSD)) {
            return tokenBySymbol("TUSD");
          }
          return contract.equals(DMD)
              ? Optional.of(new PayoutAsset(Optional.of(DMD), "DMD", 18))
              : Optional.empty();
        }
      };

  static List<PayoutRow> csv(String text) {
    return PayoutCsv.read(text.getBytes(StandardCharsets.UTF_8));
  }

  static PayoutValidator.Result check(String text) {
    return new PayoutValidator(LOOKUPS).check(csv(text));
  }

  @Test
  void readsCommaFileWithBomAndAnyColumnOrder() {
    List<PayoutRow> rows =
        csv("\uFEFFamount,Asset,TO,reference\r\n1.5,ETH," + ALICE + ",\"wages, May\"\r\n\r\n");
    assertThat(rows).containsExactly(new PayoutRow(2, ALICE, "1.5", "ETH", "wages, May"));
  }

  @Test
  void readsSemicolonFileWithQuotedNumbers() {
    List<PayoutRow> rows = csv("to;amount;asset\n" + ALICE + ";\"12.50\";TUSD\nBob;\"3\";ETH\n");
    assertThat(rows)
        .containsExactly(
            new PayoutRow(2, ALICE, "12.50", "TUSD", ""), new PayoutRow(3, "Bob", "3", "ETH", ""));
    PayoutValidator.Result r = new PayoutValidator(LOOKUPS).check(rows);
    assertThat(r.errors()).isEmpty();
    assertThat(r.items().get(0).units()).isEqualTo(BigInteger.valueOf(12_500_000));
    assertThat(r.items().get(1).to()).isEqualTo(Address.parse(BOB));
  }

  @Test
  void refusesAHeaderWithoutRequiredColumnsAndTextThatIsNotUtf8() {
    assertThatThrownBy(() -> csv("recipient,amount\n" + ALICE + ",1\n"))
        .isInstanceOf(PayoutCsvException.class)
        .hasMessageContaining("lacks the columns to, asset");
    assertThatThrownBy(() -> PayoutCsv.read(new byte[] {'t', 'o', (byte) 0xff, '\n'}))
        .hasMessageContaining("not UTF-8");
    assertThatThrownBy(() -> csv("")).hasMessageContaining("empty");
  }

  @Test
  void thousandsSeparatorsAndDecimalCommasAreRefusedNotGuessed() {
    PayoutValidator.Result r =
        check(
            "to;amount;asset\n"
                + ALICE
                + ";\"1,000.50\";ETH\n"
                + ALICE
                + ";1.000,50;ETH\n"
                + ALICE
                + ";1 000;ETH\n"
                + ALICE
                + ";\"2,5\";ETH\n"
                + ALICE
                + ";1e3;ETH\n");
    assertThat(r.items()).isEmpty();
    assertThat(r.errors()).extracting(Problem::line).containsExactly(2, 3, 4, 5, 6);
    assertThat(r.errors().get(0).message()).contains("thousands separator");
    assertThat(r.errors().get(2).message()).contains("thousands separator");
    assertThat(r.errors().get(3).message()).contains("decimal comma");
    assertThat(r.errors().get(4).message()).contains("not a decimal number");
  }

  @Test
  void eachBadRowGetsItsOwnError() {
    String badChecksum = ALICE.replace('C', 'c').replaceFirst("dc", "dC");
    PayoutValidator.Result r =
        check(
            "to,amount,asset\n"
                + badChecksum
                + ",1,ETH\n"
                + "Carol,1,ETH\n"
                + ALICE
                + ",0,ETH\n"
                + ALICE
                + ",-2,ETH\n"
                + ALICE
                + ",0.1234567,TUSD\n"
                + ALICE
                + ",1,XYZ\n"
                + ALICE
                + ",1,0x0000000000000000000000000000000000000001\n"
                + ALICE
                + ",,ETH\n"
                + ",1,ETH\n"
                + ALICE
                + ",1.123456,TUSD\n");
    assertThat(r.errors())
        .extracting(Problem::toString)
        .containsExactly(
            "line 2: address "
                + badChecksum
                + " has a wrong EIP-55 checksum (a capital letter is off: check for a typo)",
            "line 3: 'Carol' is not an address nor a name in the address book",
            "line 4: amount 0 must be more than zero",
            "line 5: amount -2 must be more than zero",
            "line 6: amount 0.1234567 has more than 6 decimals, the most TUSD has",
            "line 7: unknown asset 'XYZ': add the token first, or write its address",
            "line 8: asset 0x0000000000000000000000000000000000000001 is not an ERC-20 token on this network",
            "line 9: no amount",
            "line 10: no recipient in 'to'");
    assertThat(r.items()).hasSize(1);
    assertThat(r.items().get(0).units()).isEqualTo(BigInteger.valueOf(1_123_456));
  }

  @Test
  void tokenByAddressNativeAliasesAndNamesResolve() {
    PayoutValidator.Result r =
        check(
            "to,amount,asset,reference\n"
                + "bob,2,native,x\n"
                + ALICE
                + ",0.5,"
                + DMD.toLowerHex()
                + ",y\n"
                + ALICE
                + ",7,eth,z\n");
    assertThat(r.errors()).isEmpty();
    assertThat(r.items())
        .extracting(i -> i.asset().key())
        .containsExactly("ETH", DMD.toString(), "ETH");
    assertThat(r.items().get(1).units()).isEqualTo(new BigInteger("500000000000000000"));
    assertThat(r.items().get(2).units()).isEqualTo(new BigInteger("7000000000000000000"));
  }

  @Test
  void aRepeatedRowIsAWarningAndStaysPayable() {
    PayoutValidator.Result r =
        check(
            "to,amount,asset\n"
                + ALICE
                + ",1,ETH\nBob,1,ETH\n"
                + ALICE.toLowerCase()
                + ",1.0,ETH\n");
    assertThat(r.errors()).isEmpty();
    assertThat(r.items()).hasSize(3);
    assertThat(r.items().get(2).duplicateOf()).isEqualTo(2);
    assertThat(r.warnings()).extracting(Problem::line).containsExactly(4);
    assertThat(r.warnings().get(0).message()).contains("repeats line 2");
  }
}
