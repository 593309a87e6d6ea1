package io.abacus.wallet.address;

import io.abacus.wallet.hash.Keccak256;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A 20-byte account address. Parsing accepts all-lower and all-upper hex and checks the EIP-55
 * checksum of mixed-case input; {@link #toString()} gives the EIP-55 form.
 */
public final class Address implements Comparable<Address> {
  private static final HexFormat HEX = HexFormat.of();
  private final byte[] bytes;

  private Address(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * Parses a typed or pasted address. Surrounding white space is ignored; the {@code 0x} prefix is
   * required.
   *
   * @throws InvalidAddressException if malformed, or mixed-case with a wrong checksum
   */
  public static Address parse(String text) {
    if (text == null) {
      throw new InvalidAddressException(InvalidAddressException.Reason.MALFORMED, "no address");
    }
    String s = text.strip();
    if (!s.startsWith("0x") && !s.startsWith("0X")) {
      throw malformed(s, "it must start with 0x");
    }
    String hex = s.substring(2);
    if (hex.length() != 40) {
      throw malformed(s, "it must have 40 hex digits after 0x, not " + hex.length());
    }
    for (int i = 0; i < hex.length(); i++) {
      if (Character.digit(hex.charAt(i), 16) < 0) {
        throw malformed(s, "'" + hex.charAt(i) + "' is not a hex digit");
      }
    }
    Address address = new Address(HEX.parseHex(hex.toLowerCase(Locale.ROOT)));
    boolean mixed =
        !hex.equals(hex.toLowerCase(Locale.ROOT)) && !hex.equals(hex.toUpperCase(Locale.ROOT));
    if (mixed && !address.toString().substring(2).equals(hex)) {
      throw new InvalidAddressException(
          InvalidAddressException.Reason.BAD_CHECKSUM,
          "address "
              + s
              + " has a wrong EIP-55 checksum (a capital letter is off: check for a typo)");
    }
    return address;
  }

  /** Wraps 20 raw bytes. */
  public static Address of(byte[] bytes) {
    if (bytes.length != 20) {
      throw new InvalidAddressException(
          InvalidAddressException.Reason.MALFORMED, "an address has 20 bytes, not " + bytes.length);
    }
    return new Address(bytes.clone());
  }

  /** True if {@code text} parses (including its checksum). */
  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (InvalidAddressException e) {
      return false;
    }
  }

  public byte[] toBytes() {
    return bytes.clone();
  }

  /** Lower-case {@code 0x} form, as JSON-RPC and databases use it. */
  public String toLowerHex() {
    return "0x" + HEX.formatHex(bytes);
  }

  /** The EIP-55 mixed-case checksum form. */
  @Override
  public String toString() {
    String lower = HEX.formatHex(bytes);
    byte[] hash = Keccak256.hash(lower.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    StringBuilder out = new StringBuilder("0x");
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
      out.append(nibble >= 8 ? Character.toUpperCase(c) : c);
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Address other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public int compareTo(Address o) {
    return Arrays.compareUnsigned(bytes, o.bytes);
  }

  private static InvalidAddressException malformed(String s, String why) {
    return new InvalidAddressException(
        InvalidAddressException.Reason.MALFORMED, "'" + s + "' is not an address: " + why);
  }
}
