package io.abacus.wallet.payout;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.fees.FeeOracle;
import io.abacus.wallet.fees.Fees;
import io.abacus.wallet.fees.Speed;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.token.Erc20Reader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns checked rows into a {@link PayoutPlan}: totals per asset against the account's balances,
 * and the fee of all rows at a preset (each row's gas estimated by the node, times the preset's
 * maximum price per gas, so the fee shown is the most the run can cost).
 */
public final class PayoutPlanner {
  private final NodeClient node;
  private final PayoutTransactions transactions;

  public PayoutPlanner(NodeClient node) {
    this.node = node;
    this.transactions = new PayoutTransactions(node);
  }

  /**
   * Plans paying {@code checked} (from {@code rows} data rows) from {@code from} at {@code speed}.
   *
   * @throws io.abacus.wallet.rpc.RpcException when the node fails
   */
  public PayoutPlan plan(int rows, PayoutValidator.Result checked, Address from, Speed speed) {
    Map<String, BigInteger> totals = new LinkedHashMap<>();
    Map<String, PayoutAsset> assets = new LinkedHashMap<>();
    List<Problem> errors = new ArrayList<>(checked.errors());
    Fees fees = new FeeOracle(node).suggest(speed);
    BigInteger gas = BigInteger.ZERO;
    for (PayoutItem item : checked.items()) {
      totals.merge(item.asset().key(), item.units(), BigInteger::add);
      assets.putIfAbsent(item.asset().key(), item.asset());
      try {
        gas = gas.add(transactions.gasLimit(from, item));
      } catch (io.abacus.wallet.rpc.RpcException e) {
        if (e.isTransient()) {
          throw e;
        }
        errors.add(
            new Problem(item.row().line(), "the node refuses this payment: " + e.getMessage()));
      }
    }
    BigInteger fee = gas.multiply(fees.maxPerGas());
    BigInteger nativeNeeded = totals.getOrDefault("ETH", BigInteger.ZERO).add(fee);
    checkBalances(from, totals, assets, nativeNeeded, errors);
    return new PayoutPlan(
        rows, checked.items(), errors, checked.warnings(), totals, assets, fee, nativeNeeded);
  }

  private void checkBalances(
      Address from,
      Map<String, BigInteger> totals,
      Map<String, PayoutAsset> assets,
      BigInteger nativeNeeded,
      List<Problem> errors) {
    BigInteger balance = node.balance(from, "pending");
    if (balance.compareTo(nativeNeeded) < 0) {
      errors.add(
          new Problem(
              0,
              from
                  + " has "
                  + Quantities.formatEther(balance)
                  + " ETH but the payout needs up to "
                  + Quantities.formatEther(nativeNeeded)
                  + " ETH (payments plus fees)"));
    }
    Erc20Reader reader = new Erc20Reader(node);
    for (Map.Entry<String, PayoutAsset> e : assets.entrySet()) {
      PayoutAsset asset = e.getValue();
      if (asset.isNative()) {
        continue;
      }
      BigInteger has = reader.balance(asset.token().get(), from, "pending");
      BigInteger total = totals.get(e.getKey());
      if (has.compareTo(total) < 0) {
        errors.add(
            new Problem(
                0,
                from
                    + " has "
                    + Quantities.format(has, asset.decimals())
                    + " "
                    + asset.symbol()
                    + " but the payout sends "
                    + Quantities.format(total, asset.decimals())
                    + " "
                    + asset.symbol()));
      }
    }
  }
}
