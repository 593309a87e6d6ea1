package io.abacus.wallet.payout;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Everything the review shows before signing: the rows that can be paid, the problems, the total
 * per asset and the fee.
 *
 * @param rows the number of data rows in the file
 * @param items the valid rows, in file order
 * @param errors invalid rows, and totals the account cannot cover (line 0)
 * @param warnings duplicate rows and other things to confirm
 * @param totals base units per asset, keyed by {@link PayoutAsset#key()}, in first-use order
 * @param assets the asset of each key of {@code totals}
 * @param fee the most the fees of all rows can be, in wei of the native currency
 * @param nativeNeeded native currency the account needs: native payments plus {@code fee}
 */
public record PayoutPlan(
    int rows,
    List<PayoutItem> items,
    List<Problem> errors,
    List<Problem> warnings,
    Map<String, BigInteger> totals,
    Map<String, PayoutAsset> assets,
    BigInteger fee,
    BigInteger nativeNeeded) {

  /** Whether nothing stands in the way of paying. */
  public boolean payable() {
    return errors.isEmpty() && !items.isEmpty();
  }
}
