package io.abacus.wallet.payout;

import io.abacus.wallet.address.Address;
import java.math.BigInteger;

/**
 * A row that passed every check and can be paid.
 *
 * @param row the row as written
 * @param to the recipient
 * @param asset the resolved asset
 * @param units the amount in base units (wei, token units)
 * @param duplicateOf the line of an earlier row with the same recipient, asset and amount, or 0
 */
public record PayoutItem(
    PayoutRow row, Address to, PayoutAsset asset, BigInteger units, int duplicateOf) {}
