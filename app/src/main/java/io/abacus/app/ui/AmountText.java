package io.abacus.app.ui;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * How an amount is written where a person reads it: every significant decimal up to the asset's
 * decimals (never rounded, never cut), the whole part grouped in thousands ({@code 1,234.5}).
 */
public final class AmountText {
  private AmountText() {}

  /** {@code units} base units of an asset with {@code decimals} decimals, grouped: "1,234.5". */
  public static String grouped(BigInteger units, int decimals) {
    return grouped(new BigDecimal(units).movePointLeft(decimals));
  }

  /** A decimal amount grouped in thousands, trailing zeros trimmed: "1,234.5", "0". */
  public static String grouped(BigDecimal amount) {
    BigDecimal v = amount.stripTrailingZeros();
    if (v.signum() == 0) {
      return "0";
    }
    String plain = v.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append(',');
      }
      out.append(whole.charAt(i));
    }
    return (v.signum() < 0 ? "-" : "") + out + (dot < 0 ? "" : plain.substring(dot));
  }
}
