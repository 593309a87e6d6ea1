package io.abacus.app.settings;

/**
 * The settings of the Invoices page and of {@code abacus invoice}: the seller printed on every
 * invoice and the confirmations a payment needs before it counts.
 *
 * @param businessName the business name, may be empty
 * @param businessAddress the postal address, several lines, may be empty
 * @param confirmations blocks a payment needs, its own included (1..1000)
 */
public record InvoiceSettings(String businessName, String businessAddress, int confirmations) {
  public static final int DEFAULT_CONFIRMATIONS = 1;
  public static final int MAX_CONFIRMATIONS = 1000;

  /** No business yet, one confirmation. */
  public static final InvoiceSettings DEFAULTS = new InvoiceSettings("", "", DEFAULT_CONFIRMATIONS);

  public InvoiceSettings {
    businessName = businessName == null ? "" : businessName.strip();
    businessAddress = businessAddress == null ? "" : businessAddress.strip();
    if (confirmations < 1 || confirmations > MAX_CONFIRMATIONS) {
      throw new IllegalArgumentException(
          "confirmations must be 1.." + MAX_CONFIRMATIONS + ", not " + confirmations);
    }
  }

  public InvoiceSettings withBusiness(String name, String address) {
    return new InvoiceSettings(name, address, confirmations);
  }

  public InvoiceSettings withConfirmations(int n) {
    return new InvoiceSettings(businessName, businessAddress, n);
  }
}
