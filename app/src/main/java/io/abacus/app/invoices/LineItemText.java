package io.abacus.app.invoices;

import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.invoice.LineItem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * Line items as the user types them, on the command line ({@code --item
 * "DESCRIPTION;QTY;UNIT_PRICE"}) and on the Invoices page: the unit price in asset units (ETH or
 * whole tokens), and the invoice's amount that must equal their sum or be left out.
 */
public final class LineItemText {
  private LineItemText() {}

  /**
   * Parses {@code "DESCRIPTION;QTY;UNIT_PRICE"}; the description may itself hold semicolons (the
   * last two fields are the numbers).
   *
   * @param decimals the invoice asset's decimals
   * @throws IllegalArgumentException naming what is wrong, in one line
   */
  public static LineItem parse(String text, int decimals) {
    String t = text == null ? "" : text.strip();
    int price = t.lastIndexOf(';');
    int qty = price <= 0 ? -1 : t.lastIndexOf(';', price - 1);
    if (qty < 0) {
      throw new IllegalArgumentException(
          "a line item is DESCRIPTION;QTY;UNIT_PRICE, not '" + t + "'");
    }
    return item(t.substring(0, qty), t.substring(qty + 1, price), t.substring(price + 1), decimals);
  }

  /**
   * A line item from its three fields.
   *
   * @throws IllegalArgumentException for an empty description or a bad number
   */
  public static LineItem item(String description, String quantity, String unitPrice, int decimals) {
    String d = description == null ? "" : description.strip();
    if (d.isEmpty()) {
      throw new IllegalArgumentException("a line item needs a description");
    }
    BigDecimal q;
    try {
      q = new BigDecimal(quantity == null ? "" : quantity.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "the quantity of '" + d + "' is not a number: '" + quantity + "'");
    }
    if (q.signum() <= 0) {
      throw new IllegalArgumentException("the quantity of '" + d + "' must be more than 0");
    }
    BigInteger price =
        Quantities.parseUnits(
            unitPrice == null ? "" : unitPrice, decimals, "the unit price of '" + d + "'");
    LineItem item = new LineItem(d, q.stripTrailingZeros(), price);
    item.total(); // refuses a line that is not a whole number of base units
    return item;
  }

  /**
   * The invoice's amount in base units: {@code typed} (asset units) if given, which must then equal
   * the items' sum; else the sum.
   *
   * @param typed the amount the user gave, or null/blank
   * @throws IllegalArgumentException when there is neither, or they differ
   */
  public static BigInteger amount(String typed, List<LineItem> items, int decimals) {
    BigInteger sum = items.stream().map(LineItem::total).reduce(BigInteger.ZERO, BigInteger::add);
    if (typed == null || typed.isBlank()) {
      if (items.isEmpty()) {
        throw new IllegalArgumentException("give an amount or line items");
      }
      return sum;
    }
    BigInteger amount = Quantities.parseUnits(typed, decimals, "amount");
    if (!items.isEmpty() && !amount.equals(sum)) {
      throw new IllegalArgumentException(
          "the amount "
              + typed.strip()
              + " is not the sum of the line items, "
              + Quantities.format(sum, decimals)
              + " (leave the amount out to use the sum)");
    }
    return amount;
  }
}
