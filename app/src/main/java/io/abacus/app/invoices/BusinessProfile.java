package io.abacus.app.invoices;

import io.abacus.app.settings.InvoiceSettings;

/**
 * The seller's name and postal address printed on invoices (kept in the settings, {@link
 * InvoiceSettings}).
 *
 * @param name the business name, may be empty
 * @param address the postal address, several lines, may be empty
 */
public record BusinessProfile(String name, String address) {
  public BusinessProfile {
    name = name == null ? "" : name.strip();
    address = address == null ? "" : address.strip();
  }

  /** The business of the invoice settings. */
  public static BusinessProfile of(InvoiceSettings s) {
    return new BusinessProfile(s.businessName(), s.businessAddress());
  }
}
