package io.abacus.wallet.encoding;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Non-negative integer quantities as JSON-RPC and files write them. */
public final class Quantities {
  private static final BigInteger MAX_UINT256 =
      BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

  private Quantities() {}

  /**
   * Parses a decimal ({@code "21000"}) or {@code 0x}-hex ({@code "0x5208"}) quantity.
   *
   * @param what the field's name, for the error message
   * @throws IllegalArgumentException if malformed, negative or above 2^256-1
   */
  public static BigInteger parse(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(what + " is empty");
    }
    String s = text.strip();
    BigInteger value;
    try {
      if (s.startsWith("0x") || s.startsWith("0X")) {
        String digits = s.substring(2);
        if (digits.isEmpty() || digits.startsWith("-") || digits.startsWith("+")) {
          throw new NumberFormatException();
        }
        value = new BigInteger(digits, 16);
      } else {
        if (!s.chars().allMatch(c -> c >= '0' && c <= '9')) {
          throw new NumberFormatException();
        }
        value = new BigInteger(s);
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          what + " '" + s + "' is not a whole number (decimal digits or 0x-hex)");
    }
    return checkRange(value, what);
  }

  /**
   * Parses a JSON-RPC quantity: {@code 0x} followed by at least one hex digit, nothing else.
   *
   * @param what the field's name, for the error message
   * @throws IllegalArgumentException if malformed or above 2^256-1
   */
  public static BigInteger parseHex(String text, String what) {
    if (text == null
        || text.length() < 3
        || !(text.startsWith("0x") || text.startsWith("0X"))
        || !text.chars().skip(2).allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw new IllegalArgumentException(what + " '" + text + "' is not a 0x-hex quantity");
    }
    return checkRange(new BigInteger(text.substring(2), 16), what);
  }

  /**
   * Like {@link #parseHex} for quantities that fit a {@code long} (block numbers, chain ids).
   *
   * @throws IllegalArgumentException if malformed or above {@link Long#MAX_VALUE}
   */
  public static long parseHexLong(String text, String what) {
    BigInteger v = parseHex(text, what);
    if (v.bitLength() > 63) {
      throw new IllegalArgumentException(what + " '" + text + "' is too large");
    }
    return v.longValue();
  }

  /** The JSON-RPC quantity form of {@code value}. */
  public static String toHex(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("a quantity cannot be negative: " + value);
    }
    return "0x" + Long.toHexString(value);
  }

  /**
   * Checks {@code value} is in [0, 2^256-1].
   *
   * @throws IllegalArgumentException otherwise
   */
  public static BigInteger checkRange(BigInteger value, String what) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException(what + " must not be negative");
    }
    if (value.compareTo(MAX_UINT256) > 0) {
      throw new IllegalArgumentException(what + " is larger than 2^256-1");
    }
    return value;
  }

  /** The JSON-RPC quantity form: {@code 0x} and hex digits without leading zeros. */
  public static String toHex(BigInteger value) {
    return "0x" + value.toString(16);
  }

  /** Wei as ether in plain decimal, without trailing zeros ({@code 1.5}, {@code 0}). */
  public static String formatEther(BigInteger wei) {
    return format(wei, 18);
  }

  /** An integer amount of base units shown with {@code decimals} decimal places, trimmed. */
  public static String format(BigInteger units, int decimals) {
    BigDecimal v = new BigDecimal(units).movePointLeft(decimals).stripTrailingZeros();
    return v.signum() == 0 ? "0" : v.toPlainString();
  }

  /**
   * Parses a decimal amount of ether ({@code "1.5"}) into wei.
   *
   * @throws IllegalArgumentException if malformed, negative or more precise than 1 wei
   */
  public static BigInteger parseEther(String text) {
    return parseUnits(text, 18, "amount");
  }

  /**
   * Parses a decimal amount with {@code decimals} places into base units.
   *
   * @throws IllegalArgumentException if malformed, negative or finer than one base unit
   */
  public static BigInteger parseUnits(String text, int decimals, String what) {
    BigDecimal d;
    try {
      d = new BigDecimal(text.strip());
    } catch (NumberFormatException | NullPointerException e) {
      throw new IllegalArgumentException(what + " '" + text + "' is not a decimal number");
    }
    BigDecimal scaled = d.movePointRight(decimals);
    try {
      return checkRange(scaled.setScale(0, RoundingMode.UNNECESSARY).toBigIntegerExact(), what);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          what + " '" + text + "' has more than " + decimals + " decimal places");
    }
  }
}
