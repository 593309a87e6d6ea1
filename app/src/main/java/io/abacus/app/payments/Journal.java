package io.abacus.app.payments;

import io.abacus.app.payments.store.SentRecord;
import io.abacus.wallet.send.TransactionSummary;
import io.abacus.wallet.tx.SignedTransaction;

/** Builds {@link SentRecord}s from what was signed. */
public final class Journal {
  private Journal() {}

  public static SentRecord payment(
      SignedTransaction signed, TransactionSummary summary, Asset asset) {
    return new SentRecord(
        signed.hash().toHex(),
        signed.from().toString(),
        summary.to() == null ? "" : summary.to().toString(),
        signed.transaction().chainId(),
        asset.symbol(),
        asset.isNative() ? null : asset.token().toString(),
        asset.decimals(),
        asset.parse(summary.amount()).toString(),
        signed.transaction().nonce().toString(),
        System.currentTimeMillis(),
        "PAYMENT",
        null);
  }

  /** The replacement of {@code original}: a faster copy, or a cancel (0-value self-transfer). */
  public static SentRecord replacement(
      SentRecord original, SignedTransaction signed, boolean cancel) {
    return new SentRecord(
        signed.hash().toHex(),
        original.from(),
        cancel ? original.from() : original.to(),
        original.chainId(),
        cancel ? nativeSymbol(original) : original.symbol(),
        cancel ? null : original.token(),
        cancel ? 18 : original.decimals(),
        cancel ? "0" : original.amount(),
        original.nonce(),
        System.currentTimeMillis(),
        cancel ? "CANCEL" : "SPEED_UP",
        original.hash());
  }

  private static String nativeSymbol(SentRecord original) {
    return original.token() == null ? original.symbol() : "ETH";
  }
}
