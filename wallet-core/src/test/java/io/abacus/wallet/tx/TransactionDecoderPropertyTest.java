package io.abacus.wallet.tx;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.signing.PrivateKeySigner;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The decoder either decodes or throws InvalidTransactionException; nothing else, ever. */
class TransactionDecoderPropertyTest {
  static final byte[] KEY =
      HexFormat.of().parseHex("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");

  @Property(tries = 3000)
  void arbitraryBytesOnlyFailWithTheDocumentedException(@ForAll @Size(max = 300) byte[] raw) {
    decodeOrInvalid(raw);
  }

  @Property(tries = 300)
  void signedTransactionsRoundTrip(
      @ForAll @IntRange(min = 0, max = 2) int type,
      @ForAll("uint") BigInteger nonce,
      @ForAll("uint") BigInteger fee,
      @ForAll("uint") BigInteger value,
      @ForAll @Size(max = 80) byte[] data,
      @ForAll boolean create) {
    Address to = create ? null : Address.parse("0x3535353535353535353535353535353535353535");
    BigInteger n = nonce.mod(BigInteger.ONE.shiftLeft(64));
    Transaction tx =
        switch (type) {
          case 0 ->
              new LegacyTransaction(
                  1, n, fee, BigInteger.valueOf(21000), to, value, HexBytes.of(data));
          case 1 ->
              new AccessListTransaction(
                  1,
                  n,
                  fee,
                  BigInteger.valueOf(21000),
                  to,
                  value,
                  HexBytes.of(data),
                  List.of(
                      new AccessListEntry(
                          Address.of(new byte[20]), List.of(HexBytes.of(new byte[32])))));
          default ->
              new DynamicFeeTransaction(
                  1,
                  n,
                  fee,
                  fee,
                  BigInteger.valueOf(21000),
                  to,
                  value,
                  HexBytes.of(data),
                  List.of());
        };
    try (PrivateKeySigner signer = PrivateKeySigner.of(KEY)) {
      SignedTransaction signed = TransactionSigner.sign(tx, signer);
      assertThat(TransactionCodec.decode(signed.raw().toBytes())).isEqualTo(signed);
    }
  }

  @Property(tries = 2000)
  void mutatedSignedTransactionsOnlyFailWithTheDocumentedException(
      @ForAll @IntRange(min = 0, max = 2) int type,
      @ForAll @IntRange(min = 0, max = 200) int position,
      @ForAll byte replacement,
      @ForAll @IntRange(min = 0, max = 3) int mode) {
    byte[] raw = SAMPLES[type].clone();
    int p = position % raw.length;
    byte[] mutated =
        switch (mode) {
          case 0 -> {
            raw[p] = replacement;
            yield raw;
          }
          case 1 -> java.util.Arrays.copyOf(raw, p);
          case 2 -> {
            byte[] longer = java.util.Arrays.copyOf(raw, raw.length + 1);
            longer[raw.length] = replacement;
            yield longer;
          }
          default -> {
            raw[p] ^= (byte) 0x80;
            yield raw;
          }
        };
    decodeOrInvalid(mutated);
  }

  @Provide
  Arbitrary<BigInteger> uint() {
    return Arbitraries.bigIntegers()
        .between(BigInteger.ZERO, BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE));
  }

  static final byte[][] SAMPLES = samples();

  private static byte[][] samples() {
    Address to = Address.parse("0x3535353535353535353535353535353535353535");
    try (PrivateKeySigner signer = PrivateKeySigner.of(KEY)) {
      return new byte[][] {
        TransactionSigner.sign(
                new LegacyTransaction(
                    1,
                    BigInteger.ONE,
                    BigInteger.TEN,
                    BigInteger.valueOf(21000),
                    to,
                    BigInteger.ONE,
                    null),
                signer)
            .raw()
            .toBytes(),
        TransactionSigner.sign(
                new AccessListTransaction(
                    1,
                    BigInteger.ONE,
                    BigInteger.TEN,
                    BigInteger.valueOf(21000),
                    to,
                    BigInteger.ONE,
                    HexBytes.parse("0x01"),
                    List.of(new AccessListEntry(to, List.of(HexBytes.of(new byte[32]))))),
                signer)
            .raw()
            .toBytes(),
        TransactionSigner.sign(
                new DynamicFeeTransaction(
                    1,
                    BigInteger.ONE,
                    BigInteger.ONE,
                    BigInteger.TEN,
                    BigInteger.valueOf(21000),
                    to,
                    BigInteger.ONE,
                    HexBytes.parse("0xabcd"),
                    List.of()),
                signer)
            .raw()
            .toBytes()
      };
    }
  }

  private static void decodeOrInvalid(byte[] raw) {
    try {
      SignedTransaction t = TransactionCodec.decode(raw);
      assertThat(t.raw().toBytes()).isEqualTo(raw);
    } catch (InvalidTransactionException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }
}
