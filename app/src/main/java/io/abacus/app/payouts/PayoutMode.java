package io.abacus.app.payouts;

import io.abacus.app.i18n.I18n;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.payout.MultiSendPlan;
import io.abacus.wallet.payout.PayoutPlan;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The review's choice of how to pay: separate transactions (the default, simplest to audit) or
 * through the network's multi-send contract (one transaction for all native rows, one per token),
 * each with its fee; the multi-send is unavailable, with a one-line reason, when no contract is
 * known or the node cannot price it.
 */
public final class PayoutMode {
  private final BooleanProperty multiSend = new SimpleBooleanProperty();
  private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper separateText = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper multiSendText = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");
  private MultiSendPlan plan;

  /** Shows the choice for {@code payout}; back to separate transactions. */
  void show(PayoutPlan payout, Optional<MultiSendPlan> multi, I18n i18n, Network network) {
    String symbol = " " + network.currencySymbol();
    plan = multi.filter(m -> m.fee().isPresent()).orElse(null);
    multiSend.set(false);
    available.set(plan != null);
    separateText.set(
        i18n.format("payouts.mode.separate", Quantities.formatEther(payout.fee()) + symbol));
    // Without a priced multi-send (no contract, or no estimate) the option names itself only: no
    // placeholder fee, and the line under it says why it cannot be chosen.
    multiSendText.set(
        plan == null
            ? i18n.get("payouts.mode.multiSendUnpriced")
            : i18n.format(
                "payouts.mode.multiSend",
                Quantities.formatEther(plan.fee().get()) + symbol,
                plan.transactions()));
    reason.set(
        multi.isEmpty() ? i18n.get("payouts.mode.noContract") : multi.get().problem().orElse(""));
  }

  /** The multi-send to pay with, when it is chosen and available. */
  Optional<MultiSendPlan> chosen() {
    return multiSend.get() && plan != null ? Optional.of(plan) : Optional.empty();
  }

  /** True to pay through the multi-send contract. */
  public BooleanProperty multiSendProperty() {
    return multiSend;
  }

  /** Whether the multi-send can be chosen. */
  public ReadOnlyBooleanProperty availableProperty() {
    return available.getReadOnlyProperty();
  }

  /** "Separate transactions (simplest to audit) · fee up to …". */
  public ReadOnlyStringProperty separateTextProperty() {
    return separateText.getReadOnlyProperty();
  }

  /** "One transaction for all ETH rows, one per token · fee up to …". */
  public ReadOnlyStringProperty multiSendTextProperty() {
    return multiSendText.getReadOnlyProperty();
  }

  /** Why the multi-send cannot be chosen, empty when it can. */
  public ReadOnlyStringProperty reasonProperty() {
    return reason.getReadOnlyProperty();
  }
}
