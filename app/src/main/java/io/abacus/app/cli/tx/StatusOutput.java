package io.abacus.app.cli.tx;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.common.JsonOutput;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.send.TxStatus;

/** Prints a transaction status as text or one JSON object. */
final class StatusOutput {
  private StatusOutput() {}

  static ObjectNode json(HexBytes hash, TxStatus status) {
    ObjectNode o = JsonOutput.object();
    o.put("hash", hash.toHex());
    if (status instanceof TxStatus.Mined m) {
      o.put("status", m.receipt().success() ? "mined" : "reverted");
      o.put("blockNumber", m.receipt().blockNumber().toString());
      o.put("confirmations", m.confirmations().toString());
      o.put("gasUsed", m.receipt().gasUsed().toString());
      m.receipt().contractAddress().ifPresent(a -> o.put("contractAddress", a.toString()));
      m.revertReason().ifPresent(r -> o.put("revertReason", r));
    } else if (status instanceof TxStatus.Pending) {
      o.put("status", "pending");
    } else if (status instanceof TxStatus.Replaced r) {
      o.put("status", "replaced");
      o.put("nonce", r.nonce().toString());
    } else if (status instanceof TxStatus.Dropped d) {
      o.put("status", "dropped");
      o.put("nonce", d.nonce().toString());
    } else {
      o.put("status", "not-found");
    }
    return o;
  }

  static String text(HexBytes hash, TxStatus status) {
    ObjectNode o = json(hash, status);
    StringBuilder b = new StringBuilder(hash.toHex()).append(": ").append(o.get("status").asText());
    if (o.has("blockNumber")) {
      b.append(" in block ")
          .append(o.get("blockNumber").asText())
          .append(" (")
          .append(o.get("confirmations").asText())
          .append(" confirmations)");
    }
    if (o.has("revertReason")) {
      b.append("; reason: ").append(o.get("revertReason").asText());
    }
    return b.toString();
  }
}
