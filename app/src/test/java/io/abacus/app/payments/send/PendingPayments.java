package io.abacus.app.payments.send;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.payments.PaymentsContext;
import io.abacus.app.payments.Testbed;
import java.time.Duration;

/** Payments left pending (blocks mined only on request), for the Activity tests. */
public final class PendingPayments {
  /** anvil's dev account 1. */
  public static final String BOB = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

  private PendingPayments() {}

  /** Sends {@code amount} ETH to Bob at the slow preset; returns the pending hash. */
  public static String sendPending(Testbed t, String amount) {
    PaymentsContext quick = t.ctx.withFollowTimeout(Duration.ofMillis(300));
    SendViewModel m = new SendViewModel(quick, t.i18n);
    m.load();
    m.form().recipient.set(BOB);
    m.form().amount.set(amount);
    m.form().fee.set(FeeChoice.SLOW);
    m.review();
    assertThat(m.errorProperty().get()).isEmpty();
    m.confirm(Testbed.password());
    assertThat(m.stageProperty().get()).isEqualTo(SendStage.PENDING);
    assertThat(m.messageProperty().get()).isEqualTo(t.i18n.get("send.stillPending"));
    return m.txHashProperty().get();
  }
}
