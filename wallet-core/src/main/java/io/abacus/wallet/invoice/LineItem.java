package io.abacus.wallet.invoice;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * One line of an invoice.
 *
 * @param description what was sold
 * @param quantity how many (a decimal, e.g. 1.5 hours)
 * @param unitPrice price of one, in the invoice asset's base units
 */
public record LineItem(String description, BigDecimal quantity, BigInteger unitPrice) {
  public LineItem {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(unitPrice, "unitPrice");
    if (quantity.signum() < 0 || unitPrice.signum() < 0) {
      throw new IllegalArgumentException("a line item's quantity and price must not be negative");
    }
  }

  /**
   * The line's total in base units.
   *
   * @throws IllegalArgumentException when it is not a whole number of base units
   */
  public BigInteger total() {
    try {
      return quantity.multiply(new BigDecimal(unitPrice)).toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "line '" + description + "' does not come to a whole number of base units");
    }
  }
}
