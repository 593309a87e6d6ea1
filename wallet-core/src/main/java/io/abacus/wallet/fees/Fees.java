package io.abacus.wallet.fees;

import java.math.BigInteger;

/** The fee fields of a transaction: EIP-1559 caps or a legacy gas price. */
public sealed interface Fees permits Fees.Dynamic, Fees.Legacy {

  /** The most paid per gas. */
  BigInteger maxPerGas();

  /** The same fees raised by at least {@code percent} percent (rounded up). */
  Fees bumpedBy(int percent);

  /** EIP-1559 fees. */
  record Dynamic(BigInteger maxFeePerGas, BigInteger maxPriorityFeePerGas) implements Fees {
    public Dynamic {
      if (maxFeePerGas.signum() < 0 || maxPriorityFeePerGas.signum() < 0) {
        throw new IllegalArgumentException("fees must not be negative");
      }
      if (maxPriorityFeePerGas.compareTo(maxFeePerGas) > 0) {
        throw new IllegalArgumentException("the priority fee must not exceed the max fee per gas");
      }
    }

    @Override
    public BigInteger maxPerGas() {
      return maxFeePerGas;
    }

    @Override
    public Dynamic bumpedBy(int percent) {
      return new Dynamic(bump(maxFeePerGas, percent), bump(maxPriorityFeePerGas, percent));
    }
  }

  /** A legacy gas price (also for chains without EIP-1559, and zero-price consortium chains). */
  record Legacy(BigInteger gasPrice) implements Fees {
    public Legacy {
      if (gasPrice.signum() < 0) {
        throw new IllegalArgumentException("gas price must not be negative");
      }
    }

    @Override
    public BigInteger maxPerGas() {
      return gasPrice;
    }

    @Override
    public Legacy bumpedBy(int percent) {
      return new Legacy(bump(gasPrice, percent));
    }
  }

  /** {@code value * (100 + percent) / 100}, rounded up. */
  static BigInteger bump(BigInteger value, int percent) {
    BigInteger scaled = value.multiply(BigInteger.valueOf(100L + percent));
    BigInteger[] qr = scaled.divideAndRemainder(BigInteger.valueOf(100));
    return qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
  }
}
