package io.abacus.app.payouts;

import io.abacus.app.i18n.I18n;
import io.abacus.wallet.payout.JournalRow;
import io.abacus.wallet.payout.PayoutPlan;
import io.abacus.wallet.payout.PayoutRow;
import io.abacus.wallet.payout.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the Payouts table: every CSV row with its problem, or its journal row's state. */
final class PayoutLines {
  private PayoutLines() {}

  /** The rows of a checked file before any journal exists. */
  static List<PayoutLine> review(List<PayoutRow> rows, PayoutPlan plan) {
    Map<Integer, String> errors = byLine(plan.errors());
    Map<Integer, String> warnings = byLine(plan.warnings());
    List<PayoutLine> out = new ArrayList<>();
    for (PayoutRow r : rows) {
      String error = errors.get(r.line());
      String warning = warnings.get(r.line());
      String state = error != null ? "error" : warning != null ? "warning" : "ready";
      String detail = error != null ? error : warning != null ? warning : "";
      out.add(new PayoutLine(r.line(), r.to(), r.amount(), r.asset(), state, detail));
    }
    return out;
  }

  /**
   * The rows of a journal: each row's status and its hash or error, after the multi-send batch that
   * pays it, if any.
   */
  static List<PayoutLine> journal(List<JournalRow> rows, I18n i18n) {
    List<PayoutLine> out = new ArrayList<>();
    for (JournalRow r : rows) {
      String detail = r.error() != null ? r.error() : r.hash() == null ? "" : r.hash();
      if (r.batch() != null) {
        detail = i18n.format("payouts.batchDetail", r.batch(), detail);
      }
      out.add(new PayoutLine(r.line(), r.to(), r.amount(), r.asset(), r.status().label(), detail));
    }
    return out;
  }

  /** The problems that concern the payout as a whole (line 0), one per line. */
  static String general(List<Problem> problems) {
    return String.join(
        "\n", problems.stream().filter(p -> p.line() == 0).map(Problem::message).toList());
  }

  private static Map<Integer, String> byLine(List<Problem> problems) {
    Map<Integer, String> out = new LinkedHashMap<>();
    for (Problem p : problems) {
      if (p.line() > 0) {
        out.merge(p.line(), p.message(), (a, b) -> a + "; " + b);
      }
    }
    return out;
  }
}
