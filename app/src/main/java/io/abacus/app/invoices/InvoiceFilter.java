package io.abacus.app.invoices;

import io.abacus.wallet.invoice.InvoiceState;
import io.abacus.wallet.invoice.InvoiceStatus;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The Invoices page's filters: status, part of the customer's name, issue dates (inclusive). */
public final class InvoiceFilter implements Predicate<InvoiceState> {
  private final ObjectProperty<InvoiceStatus> status = new SimpleObjectProperty<>();
  private final StringProperty customer = new SimpleStringProperty("");
  private final ObjectProperty<LocalDate> issuedFrom = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> issuedTo = new SimpleObjectProperty<>();

  /** The status shown; null for all. */
  public ObjectProperty<InvoiceStatus> statusProperty() {
    return status;
  }

  public StringProperty customerProperty() {
    return customer;
  }

  public ObjectProperty<LocalDate> issuedFromProperty() {
    return issuedFrom;
  }

  public ObjectProperty<LocalDate> issuedToProperty() {
    return issuedTo;
  }

  /** Runs {@code action} whenever a filter changes. */
  void onChange(Runnable action) {
    status.addListener((o, a, b) -> action.run());
    customer.addListener((o, a, b) -> action.run());
    issuedFrom.addListener((o, a, b) -> action.run());
    issuedTo.addListener((o, a, b) -> action.run());
  }

  @Override
  public boolean test(InvoiceState s) {
    String who = customer.get() == null ? "" : customer.get().strip().toLowerCase(Locale.ROOT);
    LocalDate issued = s.invoice().issued();
    return (status.get() == null || s.status() == status.get())
        && (who.isEmpty() || s.invoice().customer().toLowerCase(Locale.ROOT).contains(who))
        && (issuedFrom.get() == null || !issued.isBefore(issuedFrom.get()))
        && (issuedTo.get() == null || !issued.isAfter(issuedTo.get()));
  }
}
