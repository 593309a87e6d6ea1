package io.abacus.app.payments.send;

import io.abacus.app.payments.PaymentsContext;
import io.abacus.app.task.TaskContext;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.send.Broadcaster;
import io.abacus.wallet.send.TxStatus;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongConsumer;

/** Follows a broadcast transaction until it is in a block, replaced, dropped, or time runs out. */
final class Following {
  static final Duration POLL = Duration.ofMillis(500);

  private Following() {}

  static TxStatus await(
      PaymentsContext ctx,
      HexBytes hash,
      Address from,
      BigInteger nonce,
      TaskContext task,
      LongConsumer confirmations)
      throws InterruptedException {
    Broadcaster broadcaster = ctx.node().broadcaster(ctx.node().client());
    Instant deadline = Instant.now().plus(ctx.followTimeout());
    while (true) {
      task.checkCancelled();
      TxStatus s = broadcaster.status(hash, from, nonce);
      if (s instanceof TxStatus.Mined m) {
        confirmations.accept(m.confirmations().longValue());
        return s;
      }
      if (!(s instanceof TxStatus.Pending) || Instant.now().isAfter(deadline)) {
        return s;
      }
      Thread.sleep(POLL.toMillis());
    }
  }
}
