package io.abacus.wallet.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.signing.PrivateKeySigner;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.AccessListObject;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.utils.Numeric;

class TransactionCodecTest {
  static final String KEY_46 = "4646464646464646464646464646464646464646464646464646464646464646";
  static final Address TO_35 = Address.parse("0x3535353535353535353535353535353535353535");
  static final String TEST_KEY = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

  @Test
  void eip155SpecExample() {
    LegacyTransaction tx =
        new LegacyTransaction(
            1,
            BigInteger.valueOf(9),
            new BigInteger("20000000000"),
            BigInteger.valueOf(21000),
            TO_35,
            new BigInteger("1000000000000000000"),
            HexBytes.EMPTY);
    assertThat(HexBytes.of(TransactionCodec.signingPayload(tx)).toHex())
        .isEqualTo(
            "0xec098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a764000080018080");
    assertThat(HexBytes.of(TransactionCodec.signingHash(tx)).toHex())
        .isEqualTo("0xdaf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53");
    try (PrivateKeySigner signer = PrivateKeySigner.of(HexFormat.of().parseHex(KEY_46))) {
      SignedTransaction signed = TransactionSigner.sign(tx, signer);
      assertThat(signed.raw().toHex())
          .isEqualTo(
              "0xf86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83");
      assertThat(signed.from())
          .isEqualTo(Address.parse("0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F"));
      SignedTransaction decoded = TransactionCodec.decode(signed.raw().toBytes());
      assertThat(decoded).isEqualTo(signed);
    }
  }

  @Test
  void dynamicFeeMatchesWeb3jEncoderAndRoundTrips() {
    DynamicFeeTransaction tx =
        new DynamicFeeTransaction(
            31337,
            BigInteger.valueOf(7),
            BigInteger.valueOf(1_500_000_000L),
            BigInteger.valueOf(30_000_000_000L),
            BigInteger.valueOf(60_000),
            TO_35,
            BigInteger.valueOf(12345),
            HexBytes.parse("0xdeadbeef"),
            List.of(
                new AccessListEntry(
                    TO_35, List.of(HexBytes.parse("0x" + "00".repeat(31) + "01")))));
    RawTransaction web3 =
        RawTransaction.createTransaction(
            31337L,
            BigInteger.valueOf(7),
            BigInteger.valueOf(60_000),
            TO_35.toLowerHex(),
            BigInteger.valueOf(12345),
            "0xdeadbeef",
            BigInteger.valueOf(1_500_000_000L),
            BigInteger.valueOf(30_000_000_000L),
            List.of(
                new AccessListObject(TO_35.toLowerHex(), List.of("0x" + "00".repeat(31) + "01"))));
    assertSameAsWeb3j(tx, web3);
  }

  @Test
  void accessListTransactionMatchesWeb3jEncoder() {
    AccessListTransaction tx =
        new AccessListTransaction(
            5,
            BigInteger.ZERO,
            BigInteger.valueOf(2_000_000_000L),
            BigInteger.valueOf(50_000),
            TO_35,
            BigInteger.ONE,
            HexBytes.EMPTY,
            List.of(new AccessListEntry(TO_35, List.of())));
    RawTransaction web3 =
        RawTransaction.createTransaction(
            5L,
            BigInteger.ZERO,
            BigInteger.valueOf(2_000_000_000L),
            BigInteger.valueOf(50_000),
            TO_35.toLowerHex(),
            BigInteger.ONE,
            "",
            List.of(new AccessListObject(TO_35.toLowerHex(), List.of())));
    assertSameAsWeb3j(tx, web3);
  }

  @Test
  void contractCreationHasEmptyTo() {
    LegacyTransaction create =
        new LegacyTransaction(
            1337,
            BigInteger.ONE,
            BigInteger.TEN,
            BigInteger.valueOf(100_000),
            null,
            BigInteger.ZERO,
            HexBytes.parse("0x6080"));
    RawTransaction web3 =
        RawTransaction.createContractTransaction(
            BigInteger.ONE, BigInteger.TEN, BigInteger.valueOf(100_000), BigInteger.ZERO, "0x6080");
    try (PrivateKeySigner signer = PrivateKeySigner.of(HexFormat.of().parseHex(TEST_KEY))) {
      SignedTransaction ours = TransactionSigner.sign(create, signer);
      byte[] theirs = TransactionEncoder.signMessage(web3, 1337L, Credentials.create(TEST_KEY));
      assertThat(ours.raw().toHex()).isEqualTo(Numeric.toHexString(theirs));
      SignedTransaction decoded = TransactionCodec.decode(ours.raw().toBytes());
      assertThat(decoded.transaction().isContractCreation()).isTrue();
      assertThat(decoded.transaction()).isEqualTo(create);
    }
  }

  @Test
  void signingIsDeterministic() {
    DynamicFeeTransaction tx =
        new DynamicFeeTransaction(
            1,
            BigInteger.ONE,
            BigInteger.ONE,
            BigInteger.TWO,
            BigInteger.valueOf(21000),
            TO_35,
            BigInteger.ONE,
            null,
            null);
    try (PrivateKeySigner signer = PrivateKeySigner.of(HexFormat.of().parseHex(TEST_KEY))) {
      assertThat(TransactionSigner.sign(tx, signer).raw())
          .isEqualTo(TransactionSigner.sign(tx, signer).raw());
    }
  }

  @Test
  void decoderNamesTheProblem() {
    assertThatThrownBy(() -> TransactionCodec.decode(new byte[0]))
        .isInstanceOf(InvalidTransactionException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> TransactionCodec.decode(new byte[] {3, (byte) 0xc0}))
        .hasMessageContaining("unsupported transaction type 0x3");
    assertThatThrownBy(() -> TransactionCodec.decode(HexFormat.of().parseHex("f86c09")))
        .hasMessageContaining("truncated");
    assertThatThrownBy(() -> TransactionCodec.decode(HexFormat.of().parseHex("02c0")))
        .hasMessageContaining("has 0 fields, expected 12");
  }

  @Test
  void constructorsRejectBadFields() {
    assertThatThrownBy(
            () ->
                new DynamicFeeTransaction(
                    1,
                    BigInteger.ONE,
                    BigInteger.TEN,
                    BigInteger.ONE,
                    BigInteger.ONE,
                    null,
                    BigInteger.ZERO,
                    null,
                    null))
        .isInstanceOf(InvalidTransactionException.class)
        .hasMessageContaining("must not exceed maxFeePerGas");
    assertThatThrownBy(
            () ->
                new LegacyTransaction(
                    0, BigInteger.ONE, BigInteger.ONE, BigInteger.ONE, null, BigInteger.ZERO, null))
        .hasMessageContaining("chainId must be positive")
        .hasMessageContaining("(EIP-155)")
        .hasMessageContaining("replayed on every other chain");
    assertThatThrownBy(
            () ->
                new LegacyTransaction(
                    1,
                    BigInteger.ONE,
                    BigInteger.ONE.negate(),
                    BigInteger.ONE,
                    null,
                    BigInteger.ZERO,
                    null))
        .hasMessageContaining("gasPrice must not be negative");
  }

  private static void assertSameAsWeb3j(Transaction tx, RawTransaction web3) {
    try (PrivateKeySigner signer = PrivateKeySigner.of(HexFormat.of().parseHex(TEST_KEY))) {
      assertThat(HexBytes.of(TransactionCodec.signingPayload(tx)).toHex())
          .isEqualTo(Numeric.toHexString(TransactionEncoder.encode(web3)));
      SignedTransaction ours = TransactionSigner.sign(tx, signer);
      byte[] theirs = TransactionEncoder.signMessage(web3, Credentials.create(TEST_KEY));
      assertThat(ours.raw().toHex()).isEqualTo(Numeric.toHexString(theirs));
      assertThat(ours.from()).isEqualTo(signer.address());
      SignedTransaction decoded = TransactionCodec.decode(ours.raw().toBytes());
      assertThat(decoded.transaction()).isEqualTo(tx);
      assertThat(decoded.hash()).isEqualTo(ours.hash());
    }
  }
}
