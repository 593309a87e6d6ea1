package io.abacus.app.payments.send;

import io.abacus.app.i18n.I18n;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The transaction just sent: its hash, its confirmations and the way into the explorer. */
public final class SentState {
  private final StringProperty hash = new SimpleStringProperty("");
  private final LongProperty confirmations = new SimpleLongProperty();
  private final StringBinding confirmationsText;
  private final Optional<Consumer<String>> explorer;

  SentState(I18n i18n, Optional<Consumer<String>> explorer) {
    this.explorer = explorer;
    this.confirmationsText =
        Bindings.createStringBinding(
            () -> SendTexts.confirmations(confirmations.get(), i18n), confirmations);
  }

  /** The 0x hash of the sent transaction, "" before sending. */
  public StringProperty hashProperty() {
    return hash;
  }

  public LongProperty confirmationsProperty() {
    return confirmations;
  }

  /** "1 confirmation", "2 confirmations", in the user's language. */
  public StringBinding confirmationsTextProperty() {
    return confirmationsText;
  }

  /** Whether the app can show a transaction in its explorer. */
  public boolean canOpenInExplorer() {
    return explorer.isPresent();
  }

  /** Shows the sent transaction on the explorer page. */
  public void openInExplorer() {
    String h = hash.get();
    if (!h.isEmpty()) {
      explorer.ifPresent(open -> open.accept(h));
    }
  }

  void clear() {
    hash.set("");
    confirmations.set(0);
  }
}
