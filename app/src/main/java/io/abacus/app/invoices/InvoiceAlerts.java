package io.abacus.app.invoices;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/** How many invoices were paid since the user last opened the Invoices page (the sidebar badge). */
public final class InvoiceAlerts {
  private final ReadOnlyIntegerWrapper paid = new ReadOnlyIntegerWrapper();

  public ReadOnlyIntegerProperty paidProperty() {
    return paid.getReadOnlyProperty();
  }

  /** {@code count} more invoices were paid. */
  public void paid(int count) {
    paid.set(paid.get() + count);
  }

  /** The user looked. */
  public void seen() {
    paid.set(0);
  }
}
