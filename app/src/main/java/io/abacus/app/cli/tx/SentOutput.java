package io.abacus.app.cli.tx;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.common.JsonOutput;
import io.abacus.wallet.send.TxStatus;
import io.abacus.wallet.tx.SignedTransaction;

/** Reports a broadcast transaction. */
final class SentOutput {
  private SentOutput() {}

  static void print(CliContext context, boolean json, SignedTransaction s, TxStatus status) {
    if (json) {
      ObjectNode o = StatusOutput.json(s.hash(), status);
      o.put("from", s.from().toString());
      o.put("nonce", s.transaction().nonce().toString());
      JsonOutput.print(context.out(), o);
    } else {
      context
          .out()
          .println(
              "sent "
                  + s.hash()
                  + " from "
                  + s.from()
                  + " (nonce "
                  + s.transaction().nonce()
                  + ")");
      context.out().println(StatusOutput.text(s.hash(), status));
    }
  }
}
