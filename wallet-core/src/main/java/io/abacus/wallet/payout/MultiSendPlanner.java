package io.abacus.wallet.payout;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.fees.FeeOracle;
import io.abacus.wallet.fees.Speed;
import io.abacus.wallet.rpc.CallRequest;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.rpc.RpcException;
import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Prices paying a {@link PayoutPlan} through a multi-send contract: each batch's gas estimated by
 * the node (plus the usual margin) times the preset's maximum price per gas, as the plan's fee is.
 * A token's disperse cannot be simulated before its approval is mined, so while the allowance is
 * short its gas is taken as that of the separate transfers plus {@value #PER_ROW_OVERHEAD} per row
 * (moving with {@code transferFrom} also spends the allowance); the run estimates it again once the
 * approval is mined.
 */
public final class MultiSendPlanner {
  /** Gas added per row to a disperse that cannot be simulated yet. */
  public static final int PER_ROW_OVERHEAD = 10_000;

  private final NodeClient node;
  private final PayoutTransactions transactions;

  public MultiSendPlanner(NodeClient node) {
    this.node = node;
    this.transactions = new PayoutTransactions(node);
  }

  /**
   * Prices {@code plan}'s rows paid by {@code from} through {@code contract} at {@code speed}.
   *
   * @throws RpcException when the node does not answer (a refused estimate is reported in {@link
   *     MultiSendPlan#problem()} instead)
   */
  public MultiSendPlan plan(PayoutPlan plan, Address from, Address contract, Speed speed) {
    Set<Address> approve = new LinkedHashSet<>();
    for (var t : plan.totals().entrySet()) {
      Optional<Address> token = plan.assets().get(t.getKey()).token();
      if (token.isPresent() && allowance(token.get(), from, contract).compareTo(t.getValue()) < 0) {
        approve.add(token.get());
      }
    }
    MultiSendBatches grouped = MultiSendBatches.group(plan.items(), contract, approve);
    BigInteger gas = BigInteger.ZERO;
    try {
      for (JournalBatch b : grouped.batches()) {
        gas = gas.add(gas(from, b, grouped.rowsOf(b.id()), approve));
      }
    } catch (RpcException e) {
      if (e.isTransient()) {
        throw e;
      }
      return new MultiSendPlan(
          contract,
          Optional.empty(),
          plan.fee(),
          grouped.batches().size(),
          approve,
          Optional.of("the node could not estimate the multi-send: " + e.getMessage()));
    }
    BigInteger fee = gas.multiply(new FeeOracle(node).suggest(speed).maxPerGas());
    return new MultiSendPlan(
        contract,
        Optional.of(fee),
        plan.fee(),
        grouped.batches().size(),
        approve,
        Optional.empty());
  }

  private BigInteger gas(
      Address from, JournalBatch b, List<JournalRow> rows, Set<Address> approve) {
    boolean unapproved =
        b.kind() == JournalBatch.Kind.DISPERSE
            && b.token() != null
            && approve.contains(Address.parse(b.token()));
    if (!unapproved) {
      return transactions.gasLimit(MultiSendBatches.call(from, b, rows));
    }
    BigInteger gas = BigInteger.ZERO;
    for (JournalRow r : rows) {
      gas =
          gas.add(transactions.gasLimit(from, r.item())).add(BigInteger.valueOf(PER_ROW_OVERHEAD));
    }
    return gas;
  }

  private BigInteger allowance(Address token, Address owner, Address spender) {
    CallRequest call =
        new CallRequest(null, token, null, MultiSendCalldata.allowance(owner, spender));
    return new BigInteger(1, node.call(call, "latest").toBytes());
  }
}
