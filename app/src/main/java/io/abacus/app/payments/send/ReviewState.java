package io.abacus.app.payments.send;

import io.abacus.app.i18n.I18n;
import io.abacus.wallet.send.TransactionSummary;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the review shows: exactly what will be signed, how the paying account's balances change, and
 * the warnings about the recipient.
 */
public final class ReviewState {
  private final I18n i18n;
  private final ObjectProperty<TransactionSummary> summary = new SimpleObjectProperty<>();
  private final StringProperty total = new SimpleStringProperty("");
  private final ObservableList<String> changes = FXCollections.observableArrayList();
  private final ObservableList<ReviewWarning> warnings = FXCollections.observableArrayList();

  ReviewState(I18n i18n) {
    this.i18n = i18n;
  }

  public ObjectProperty<TransactionSummary> summaryProperty() {
    return summary;
  }

  /** The most the payment can cost in all. */
  public StringProperty totalProperty() {
    return total;
  }

  /** The balance changes of the paying account, e.g. "−1.5 ETH", "−0.00008 ETH fee at most". */
  public ObservableList<String> changes() {
    return changes;
  }

  /** The warnings about the recipient, most important first. */
  public ObservableList<ReviewWarning> warnings() {
    return warnings;
  }

  /** The text of {@code w}, worded for a newcomer. */
  public String text(ReviewWarning w) {
    return i18n.format(w.key());
  }

  void show(TransactionSummary s, List<ReviewWarning> found) {
    summary.set(s);
    total.set(SendTexts.total(s, i18n));
    changes.setAll(SendTexts.changes(s, i18n));
    warnings.setAll(found);
  }

  void clear() {
    summary.set(null);
    total.set("");
    changes.clear();
    warnings.clear();
  }
}
