package io.abacus.app.cli.payout;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.common.JsonOutput;
import io.abacus.wallet.payout.JournalRow;
import io.abacus.wallet.payout.PayoutJournal;
import io.abacus.wallet.payout.PayoutRunner;

/** What {@code payout run} and {@code payout status} print. */
final class PayoutOutput {
  private PayoutOutput() {}

  static void printRun(CliContext context, boolean json, PayoutRunner.Summary s, PayoutJournal j) {
    if (json) {
      ObjectNode root = JsonOutput.object().put("paid", s.paid()).put("failed", s.failed());
      rows(root.putArray("rows"), j);
      JsonOutput.print(context.out(), root);
      return;
    }
    lines(context, j);
    context.out().println(s.paid() + " paid, " + s.failed() + " failed, of " + s.rows() + " rows");
  }

  static void rows(ArrayNode list, PayoutJournal j) {
    for (JournalRow r : j.rows()) {
      ObjectNode row =
          list.addObject()
              .put("line", r.line())
              .put("to", r.recipient())
              .put("asset", r.token() == null ? "ETH" : r.token())
              .put(
                  "amount",
                  io.abacus.wallet.encoding.Quantities.format(
                      new java.math.BigInteger(r.units()), r.decimals()))
              .put("hash", r.hash())
              .put("status", r.status().label());
      if (r.error() != null) {
        row.put("error", r.error());
      }
      if (r.batch() != null) {
        row.put("batch", r.batch());
        if (r.fee() != null) {
          row.put("fee", r.fee());
        }
      }
    }
  }

  static void lines(CliContext context, PayoutJournal j) {
    for (JournalRow r : j.rows()) {
      context
          .out()
          .printf(
              "line %-4d %-10s %s %s %s %s%s%n",
              r.line(),
              r.status().label(),
              r.recipient(),
              io.abacus.wallet.encoding.Quantities.format(
                  new java.math.BigInteger(r.units()), r.decimals()),
              r.symbol(),
              r.hash() == null ? "" : r.hash(),
              r.batch() == null ? "" : " batch " + r.batch());
    }
  }
}
