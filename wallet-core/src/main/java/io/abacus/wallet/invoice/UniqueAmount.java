package io.abacus.wallet.invoice;

import java.math.BigInteger;
import java.util.Set;

/**
 * The matching scheme: every open invoice of the same asset and pay-to address asks for a different
 * exact amount, whose digits at a fixed place (the "code", 1 to {@value #MAX_CODE}) identify it.
 *
 * <p>The code sits in the digits {@code 10^-4..10^-6} of the asset (for ETH 0.000001 to 0.000999
 * ETH; for a 6-decimal token 0.000001 to 0.000999 of it). Tokens with fewer than 6 decimals carry
 * it in their smallest units, which makes the suffix visible (up to 9.99 of a 2-decimal token).
 */
public final class UniqueAmount {
  /** The largest code; at most this many invoices of one asset and address can be open at once. */
  public static final int MAX_CODE = 999;

  private static final BigInteger CODES = BigInteger.valueOf(MAX_CODE + 1L);

  private UniqueAmount() {}

  /** The base units of one step of the code: {@code 10^(decimals-6)}, at least 1. */
  public static BigInteger unit(int decimals) {
    return BigInteger.TEN.pow(Math.max(0, decimals - 6));
  }

  /** The code an amount carries: its digits at the code's place, 0 for none. */
  public static int code(BigInteger amount, int decimals) {
    return amount.divide(unit(decimals)).mod(CODES).intValue();
  }

  /**
   * The amount to ask for: {@code nominal} plus the smallest suffix whose code no other open
   * invoice uses.
   *
   * @param usedCodes codes of the open invoices of the same asset and address
   * @throws IllegalStateException when all codes are in use
   */
  public static BigInteger choose(BigInteger nominal, int decimals, Set<Integer> usedCodes) {
    BigInteger unit = unit(decimals);
    for (int s = 1; s <= MAX_CODE * 2; s++) {
      BigInteger amount = nominal.add(unit.multiply(BigInteger.valueOf(s)));
      int code = code(amount, decimals);
      if (code != 0 && !usedCodes.contains(code)) {
        return amount;
      }
    }
    throw new IllegalStateException(
        MAX_CODE + " invoices of this asset to this address are open; close some first");
  }
}
