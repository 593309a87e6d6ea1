package io.abacus.wallet.payout;

import io.abacus.wallet.address.Address;
import java.math.BigInteger;
import java.util.Optional;
import java.util.Set;

/**
 * Paying a plan's rows through a multi-send contract instead of one transaction each: the fee of
 * both ways, so the user can compare them.
 *
 * @param contract the multi-send contract
 * @param fee the most the multi-send transactions (approvals included) can cost, in wei; empty when
 *     the node could not estimate them ({@code problem} says why)
 * @param separateFee the plan's fee of one transaction per row, in wei
 * @param transactions how many transactions the multi-send takes (approvals included)
 * @param approve the tokens whose allowance to the contract is short: approved first
 * @param problem why {@code fee} is unknown, or empty
 */
public record MultiSendPlan(
    Address contract,
    Optional<BigInteger> fee,
    BigInteger separateFee,
    int transactions,
    Set<Address> approve,
    Optional<String> problem) {
  public MultiSendPlan {
    approve = Set.copyOf(approve);
  }
}
