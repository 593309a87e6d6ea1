package io.abacus.wallet.send;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.fees.Fees;
import io.abacus.wallet.tx.AccessListTransaction;
import io.abacus.wallet.tx.DynamicFeeTransaction;
import io.abacus.wallet.tx.LegacyTransaction;
import io.abacus.wallet.tx.Transaction;
import java.math.BigInteger;
import java.util.List;

/** Builds transactions from fees, and replacements of pending ones. */
public final class TransactionDrafts {
  /** The minimum raise a node accepts for a replacement (geth, Besu, anvil: 10 %). */
  public static final int REPLACEMENT_BUMP_PERCENT = 10;

  private TransactionDrafts() {}

  /** A type-2 transaction for dynamic fees, else a type-0 (EIP-155) one. */
  public static Transaction of(
      long chainId,
      BigInteger nonce,
      Fees fees,
      BigInteger gasLimit,
      Address to,
      BigInteger value,
      HexBytes data) {
    if (fees instanceof Fees.Dynamic d) {
      return new DynamicFeeTransaction(
          chainId,
          nonce,
          d.maxPriorityFeePerGas(),
          d.maxFeePerGas(),
          gasLimit,
          to,
          value,
          data,
          List.of());
    }
    return new LegacyTransaction(chainId, nonce, fees.maxPerGas(), gasLimit, to, value, data);
  }

  /** The fees {@code tx} pays. */
  public static Fees feesOf(Transaction tx) {
    if (tx instanceof DynamicFeeTransaction d) {
      return new Fees.Dynamic(d.maxFeePerGas(), d.maxPriorityFeePerGas());
    }
    return new Fees.Legacy(tx.maxFeePerGas());
  }

  /**
   * The same transaction with fees raised by at least {@value #REPLACEMENT_BUMP_PERCENT} %, or to
   * {@code current} if the market moved further.
   */
  public static Transaction speedUp(Transaction original, Fees current) {
    return withFees(original, replacementFees(original, current));
  }

  /**
   * A 0-value self-transfer with the same nonce and raised fees: once mined, the original can no
   * longer be.
   */
  public static Transaction cancel(Transaction original, Address from, Fees current) {
    Fees fees = replacementFees(original, current);
    return of(
        original.chainId(),
        original.nonce(),
        fees,
        BigInteger.valueOf(21_000),
        from,
        BigInteger.ZERO,
        HexBytes.EMPTY);
  }

  static Fees replacementFees(Transaction original, Fees current) {
    Fees bumped = feesOf(original).bumpedBy(REPLACEMENT_BUMP_PERCENT);
    if (bumped instanceof Fees.Dynamic b) {
      BigInteger tip = b.maxPriorityFeePerGas();
      BigInteger max = b.maxFeePerGas();
      if (current instanceof Fees.Dynamic c) {
        tip = tip.max(c.maxPriorityFeePerGas());
        max = max.max(c.maxFeePerGas());
      } else {
        max = max.max(current.maxPerGas());
      }
      if (max.equals(BigInteger.ZERO) && tip.equals(BigInteger.ZERO)) {
        return b;
      }
      return new Fees.Dynamic(max.max(tip), tip);
    }
    return new Fees.Legacy(bumped.maxPerGas().max(current.maxPerGas()));
  }

  private static Transaction withFees(Transaction tx, Fees fees) {
    if (tx instanceof DynamicFeeTransaction d) {
      Fees.Dynamic f =
          fees instanceof Fees.Dynamic x ? x : new Fees.Dynamic(fees.maxPerGas(), fees.maxPerGas());
      return d.withFees(f.maxPriorityFeePerGas(), f.maxFeePerGas());
    }
    if (tx instanceof AccessListTransaction a) {
      return a.withGasPrice(fees.maxPerGas());
    }
    return ((LegacyTransaction) tx).withGasPrice(fees.maxPerGas());
  }
}
