package io.abacus.wallet.bench;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.message.TypedData;
import io.abacus.wallet.signing.PrivateKeySigner;
import io.abacus.wallet.tx.DynamicFeeTransaction;
import io.abacus.wallet.tx.SignedTransaction;
import io.abacus.wallet.tx.TransactionCodec;
import io.abacus.wallet.tx.TransactionSigner;
import io.abacus.wallet.uri.PaymentUri;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Throughput of the hot wallet-core paths, single-threaded: sign a type-2 transaction, decode a raw
 * one, hash EIP-712 typed data, parse a payment URI. Run as a plain main (see docs/benchmarks.md);
 * each case warms up, then reports the median of five timed rounds.
 */
public final class WalletCoreBench {
  private WalletCoreBench() {}

  public static void main(String[] args) throws IOException {
    byte[] key =
        HexFormat.of().parseHex("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    Address to = Address.parse("0x3535353535353535353535353535353535353535");
    String mail;
    try (InputStream in =
        WalletCoreBench.class.getResourceAsStream("/io/abacus/wallet/message/mail.json")) {
      mail = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (PrivateKeySigner signer = PrivateKeySigner.of(key)) {
      DynamicFeeTransaction tx =
          new DynamicFeeTransaction(
              1,
              BigInteger.valueOf(42),
              BigInteger.valueOf(1_000_000_000L),
              BigInteger.valueOf(30_000_000_000L),
              BigInteger.valueOf(60_000),
              to,
              BigInteger.TEN,
              HexBytes.parse("0xa9059cbb" + "00".repeat(64)),
              List.of());
      byte[] raw = TransactionSigner.sign(tx, signer).raw().toBytes();
      String uri = "ethereum:" + to + "@1/transfer?address=" + to + "&uint256=2.5e7";
      report(
          "sign type-2 transaction",
          2_000,
          () -> TransactionSigner.sign(tx, signer).raw().length());
      report(
          "decode + recover raw tx",
          2_000,
          () -> {
            SignedTransaction s = TransactionCodec.decode(raw);
            return s.raw().length();
          });
      report("EIP-712 hash (Mail)", 5_000, () -> TypedData.parse(mail).digest().length());
      report("EIP-681 URI parse", 100_000, () -> PaymentUri.parse(uri).hashCode());
    }
  }

  private static void report(String name, int ops, IntSupplier op) {
    long sink = 0;
    for (int i = 0; i < ops; i++) {
      sink += op.getAsInt();
    }
    double[] rates = new double[5];
    for (int round = 0; round < rates.length; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < ops; i++) {
        sink += op.getAsInt();
      }
      rates[round] = ops / ((System.nanoTime() - start) / 1e9);
    }
    java.util.Arrays.sort(rates);
    System.out.printf(
        "%-28s %,12.0f ops/s  (%.1f us/op)  [sink %d]%n",
        name, rates[2], 1e6 / rates[2], sink % 10);
  }
}
