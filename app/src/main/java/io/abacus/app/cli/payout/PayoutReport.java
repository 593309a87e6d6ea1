package io.abacus.app.cli.payout;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.common.JsonOutput;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.payout.MultiSendPlan;
import io.abacus.wallet.payout.PayoutAsset;
import io.abacus.wallet.payout.PayoutItem;
import io.abacus.wallet.payout.PayoutPlan;
import io.abacus.wallet.payout.Problem;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A payout plan as {@code payout plan} prints it: JSON, or lines for a terminal. */
final class PayoutReport {
  private final Network network;

  PayoutReport(Network network) {
    this.network = network;
  }

  /** The plan's JSON; {@code multiSend} adds the optional {@code multiSend} object. */
  ObjectNode json(PayoutPlan plan, Optional<MultiSendPlan> multiSend) {
    ObjectNode root = json(plan);
    multiSend.ifPresent(
        m -> {
          ObjectNode o = root.putObject("multiSend").put("contract", m.contract().toString());
          m.fee().ifPresent(f -> o.put("fee", fee(f)));
          o.put("separateFee", fee(m.separateFee())).put("transactions", m.transactions());
          m.problem().ifPresent(p -> o.put("problem", p));
        });
    return root;
  }

  ObjectNode json(PayoutPlan plan) {
    ObjectNode root = JsonOutput.object();
    root.put("rows", plan.rows()).put("valid", plan.items().size());
    problems(root.putArray("errors"), plan.errors());
    problems(root.putArray("warnings"), plan.warnings());
    ArrayNode totals = root.putArray("totals");
    for (Map.Entry<String, BigInteger> t : plan.totals().entrySet()) {
      PayoutAsset asset = plan.assets().get(t.getKey());
      totals
          .addObject()
          .put("asset", t.getKey())
          .put("symbol", asset.symbol())
          .put("amount", Quantities.format(t.getValue(), asset.decimals()));
    }
    root.put("fee", fee(plan.fee()));
    return root;
  }

  /** The plan's lines, then the fee comparison with the multi-send and the mode chosen. */
  List<String> lines(PayoutPlan plan, Optional<MultiSendPlan> multiSend, boolean chosen) {
    List<String> out = lines(plan);
    multiSend.ifPresent(
        m ->
            out.add(
                "fee: separate "
                    + fee(m.separateFee())
                    + " "
                    + network.currencySymbol()
                    + ", multi-send "
                    + m.fee().map(f -> fee(f) + " " + network.currencySymbol()).orElse("unknown")
                    + " ("
                    + m.transactions()
                    + " transactions through "
                    + m.contract()
                    + m.problem().map(p -> "; " + p).orElse("")
                    + ")"));
    out.add(chosen ? "mode: multi-send" : "mode: separate transactions");
    return out;
  }

  List<String> lines(PayoutPlan plan) {
    List<String> out = new ArrayList<>();
    for (PayoutItem i : plan.items()) {
      out.add(
          String.format(
              "line %-4d %s  %s %s%s",
              i.row().line(),
              i.to(),
              Quantities.format(i.units(), i.asset().decimals()),
              i.asset().symbol(),
              i.row().reference().isEmpty() ? "" : "  " + i.row().reference()));
    }
    out.add(plan.items().size() + " of " + plan.rows() + " rows can be paid");
    for (Map.Entry<String, BigInteger> t : plan.totals().entrySet()) {
      PayoutAsset asset = plan.assets().get(t.getKey());
      out.add("total " + Quantities.format(t.getValue(), asset.decimals()) + " " + asset.symbol());
    }
    out.add("fee at most " + fee(plan.fee()) + " " + network.currencySymbol());
    plan.warnings().forEach(w -> out.add("warning: " + w));
    plan.errors().forEach(e -> out.add("error: " + e));
    return out;
  }

  private String fee(BigInteger wei) {
    return Quantities.format(wei, network.decimals());
  }

  private static void problems(ArrayNode list, List<Problem> problems) {
    for (Problem p : problems) {
      list.addObject().put("line", p.line()).put("message", p.message());
    }
  }
}
