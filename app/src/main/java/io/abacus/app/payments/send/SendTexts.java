package io.abacus.app.payments.send;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.Asset;
import io.abacus.wallet.send.TransactionSummary;
import io.abacus.wallet.send.TxStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The Send page's words for a review's total and for how a followed transaction ended. */
final class SendTexts {
  private SendTexts() {}

  /**
   * How a followed transaction ended, for the page.
   *
   * @param stage the stage to show, empty to keep the current one
   * @param message the status line
   * @param error the error to show, empty to keep the current one
   */
  record Outcome(Optional<SendStage> stage, String message, Optional<String> error) {}

  /** "Total at most: …" of the review. */
  static String total(TransactionSummary s, I18n i18n) {
    if (s.isNative()) {
      return i18n.format(
          "send.review.totalNative",
          new BigDecimal(s.amount())
              .add(new BigDecimal(s.feeMax()))
              .stripTrailingZeros()
              .toPlainString(),
          s.currency());
    }
    return i18n.format("send.review.totalToken", s.amount(), s.asset(), s.feeMax(), s.currency());
  }

  /**
   * How the paying account's balances change, like Rabby shows it: the amount of the asset paid
   * ("−1.5 ETH", "−25.5 TUSD") and the most the fee can cost ("−0.00008 ETH fee at most").
   */
  static List<String> changes(TransactionSummary s, I18n i18n) {
    return List.of(
        i18n.format("send.review.change.amount", grouped(s.amount()), s.asset()),
        i18n.format("send.review.change.fee", grouped(s.feeMax()), s.currency()));
  }

  /** "1 confirmation", "2 confirmations" in the user's language. */
  static String confirmations(long n, I18n i18n) {
    return i18n.format("send.confirmations", n);
  }

  private static String grouped(String decimal) {
    return Asset.grouped(new BigDecimal(decimal));
  }

  /** The stage, status line and error for {@code status}. */
  static Outcome outcome(TxStatus status, I18n i18n) {
    if (status instanceof TxStatus.Mined m) {
      if (m.receipt().success()) {
        return new Outcome(
            Optional.of(SendStage.CONFIRMED),
            i18n.format("send.confirmed", m.receipt().blockNumber(), m.confirmations().longValue()),
            Optional.empty());
      }
      return new Outcome(
          Optional.of(SendStage.FAILED),
          "",
          Optional.of(
              i18n.format(
                  "send.failedOnChain",
                  m.receipt().blockNumber(),
                  m.revertReason().orElse(i18n.get("send.noReason")))));
    }
    if (status instanceof TxStatus.Pending) {
      return new Outcome(Optional.empty(), i18n.get("send.stillPending"), Optional.empty());
    }
    return new Outcome(
        Optional.of(SendStage.FAILED),
        "",
        Optional.of(
            status instanceof TxStatus.Replaced
                ? i18n.get("send.replaced")
                : i18n.get("send.dropped")));
  }
}
