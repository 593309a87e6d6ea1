package io.abacus.app.settings;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "Invoices" part of the settings screen: the business printed on invoices (saved with its
 * button, not on every key) and the confirmations a payment needs (saved when changed).
 */
public final class InvoicingForm {
  private final AppSettings appSettings;
  private final StringProperty businessName = new SimpleStringProperty("");
  private final StringProperty businessAddress = new SimpleStringProperty("");
  private final IntegerProperty confirmations =
      new SimpleIntegerProperty(InvoiceSettings.DEFAULT_CONFIRMATIONS);
  private boolean showing;

  public InvoicingForm(AppSettings appSettings) {
    this.appSettings = appSettings;
    show(appSettings.get().invoicing());
    appSettings.property().addListener((o, a, b) -> show(b.invoicing()));
    confirmations.addListener(
        (o, a, b) -> {
          if (!showing) {
            int n = Math.max(1, Math.min(InvoiceSettings.MAX_CONFIRMATIONS, b.intValue()));
            appSettings.update(s -> s.withInvoicing(s.invoicing().withConfirmations(n)));
          }
        });
  }

  public StringProperty businessNameProperty() {
    return businessName;
  }

  public StringProperty businessAddressProperty() {
    return businessAddress;
  }

  public IntegerProperty confirmationsProperty() {
    return confirmations;
  }

  /** Saves the business name and address. */
  public void saveBusiness() {
    String name = businessName.get();
    String address = businessAddress.get();
    appSettings.update(s -> s.withInvoicing(s.invoicing().withBusiness(name, address)));
  }

  private void show(InvoiceSettings s) {
    showing = true;
    try {
      businessName.set(s.businessName());
      businessAddress.set(s.businessAddress());
      confirmations.set(s.confirmations());
    } finally {
      showing = false;
    }
  }
}
