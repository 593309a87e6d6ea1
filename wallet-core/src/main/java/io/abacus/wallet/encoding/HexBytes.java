package io.abacus.wallet.encoding;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable byte string with a {@code 0x}-hex text form (calldata, hashes, raw transactions).
 */
public final class HexBytes {
  private static final HexFormat HEX = HexFormat.of();

  /** The empty byte string. */
  public static final HexBytes EMPTY = new HexBytes(new byte[0]);

  private final byte[] bytes;

  private HexBytes(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Copies {@code bytes}. */
  public static HexBytes of(byte[] bytes) {
    return bytes.length == 0 ? EMPTY : new HexBytes(bytes.clone());
  }

  /**
   * Parses hex with or without {@code 0x}; an empty string (or just {@code 0x}) is the empty byte
   * string. Surrounding white space is ignored.
   *
   * @throws IllegalArgumentException for an odd number of digits or a non-hex character
   */
  public static HexBytes parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("no hex given");
    }
    String s = text.strip();
    if (s.startsWith("0x") || s.startsWith("0X")) {
      s = s.substring(2);
    }
    if (s.length() % 2 != 0) {
      throw new IllegalArgumentException(
          "hex must have an even number of digits, not " + s.length());
    }
    for (int i = 0; i < s.length(); i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        throw new IllegalArgumentException(
            "'" + s.charAt(i) + "' at position " + i + " is not a hex digit");
      }
    }
    return s.isEmpty() ? EMPTY : new HexBytes(HEX.parseHex(s));
  }

  /** {@code 0x}-prefixed lower-case hex of {@code bytes}; null stays null. */
  public static String toHex(byte[] bytes) {
    return bytes == null ? null : "0x" + HEX.formatHex(bytes);
  }

  /**
   * Decodes strict {@code 0x}-hex: the prefix, then an even number of hex digits (any case).
   *
   * @throws IllegalArgumentException otherwise
   */
  public static byte[] decode(String text) {
    if (text == null || !(text.startsWith("0x") || text.startsWith("0X"))) {
      throw new IllegalArgumentException("not 0x-hex: '" + text + "'");
    }
    return parse(text).bytes.clone();
  }

  /** True if {@code text} is {@code 0x} followed by exactly {@code bytes * 2} hex digits. */
  public static boolean isHex(String text, int bytes) {
    if (text == null || text.length() != 2 + bytes * 2 || !text.startsWith("0x")) {
      return false;
    }
    return text.chars().skip(2).allMatch(c -> Character.digit(c, 16) >= 0);
  }

  /** A copy of the bytes. */
  public byte[] toBytes() {
    return bytes.clone();
  }

  public int length() {
    return bytes.length;
  }

  public boolean isEmpty() {
    return bytes.length == 0;
  }

  /** Lower-case hex with {@code 0x} ({@code 0x} alone when empty). */
  public String toHex() {
    return "0x" + HEX.formatHex(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HexBytes other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
