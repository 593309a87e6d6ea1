package io.abacus.explorer.db;

import java.util.HexFormat;
import java.util.Locale;

/** Lower-case {@code 0x} hex, as JSON-RPC and the explorer's output use it. */
public final class Hex {
  private static final HexFormat HEX = HexFormat.of();

  private Hex() {}

  /** {@code 0x}-prefixed lower-case hex of {@code bytes}; null stays null. */
  public static String encode(byte[] bytes) {
    return bytes == null ? null : "0x" + HEX.formatHex(bytes);
  }

  /**
   * Decodes {@code 0x}-hex (any case; odd length gets a leading zero).
   *
   * @throws IllegalArgumentException when not hex
   */
  public static byte[] decode(String text) {
    if (text == null || !(text.startsWith("0x") || text.startsWith("0X"))) {
      throw new IllegalArgumentException("not 0x-hex: '" + text + "'");
    }
    String digits = text.substring(2).toLowerCase(Locale.ROOT);
    if (digits.length() % 2 == 1) {
      digits = "0" + digits;
    }
    try {
      return HEX.parseHex(digits);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not 0x-hex: '" + text + "'", e);
    }
  }

  /** True if {@code text} is {@code 0x} followed by exactly {@code bytes * 2} hex digits. */
  public static boolean isHex(String text, int bytes) {
    if (text == null || text.length() != 2 + bytes * 2 || !text.startsWith("0x")) {
      return false;
    }
    for (int i = 2; i < text.length(); i++) {
      if (Character.digit(text.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
