package io.abacus.app.payouts;

import io.abacus.app.i18n.I18n;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.payout.PayoutAsset;
import io.abacus.wallet.payout.PayoutPlan;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The review's summary line: rows, totals per asset, the fee and the native currency needed. */
final class PayoutTotals {
  private final I18n i18n;
  private final Network network;

  PayoutTotals(I18n i18n, Network network) {
    this.i18n = i18n;
    this.network = network;
  }

  String text(PayoutPlan plan) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, BigInteger> e : plan.totals().entrySet()) {
      PayoutAsset a = plan.assets().get(e.getKey());
      parts.add(Quantities.format(e.getValue(), a.decimals()) + " " + a.symbol());
    }
    String symbol = network.currencySymbol();
    return i18n.format(
        "payouts.totals",
        plan.items().size(),
        plan.rows(),
        parts.isEmpty() ? "-" : String.join(", ", parts),
        Quantities.formatEther(plan.fee()) + " " + symbol,
        Quantities.formatEther(plan.nativeNeeded()) + " " + symbol);
  }
}
