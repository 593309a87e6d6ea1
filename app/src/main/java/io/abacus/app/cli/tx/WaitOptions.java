package io.abacus.app.cli.tx;

import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.send.Broadcaster;
import io.abacus.wallet.send.TxStatus;
import io.abacus.wallet.tx.SignedTransaction;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Whether and how long to follow a sent transaction. */
final class WaitOptions {
  @Option(names = "--wait", description = "Wait for the receipt.")
  boolean wait;

  @Option(
      names = "--confirmations",
      defaultValue = "1",
      paramLabel = "N",
      description = "Confirmations to wait for (default 1).")
  int confirmations;

  @Option(
      names = "--wait-timeout",
      defaultValue = "300",
      paramLabel = "SECONDS",
      description = "Give up waiting after this long (default 300).")
  int timeoutSeconds;

  TxStatus follow(Broadcaster b, SignedTransaction s) {
    HexBytes hash = s.hash();
    if (!wait) {
      return b.status(hash, s.from(), s.transaction().nonce());
    }
    return b.await(
        hash,
        s.from(),
        s.transaction().nonce(),
        confirmations,
        Duration.ofSeconds(timeoutSeconds),
        Duration.ofSeconds(1));
  }
}
