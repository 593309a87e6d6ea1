package io.abacus.wallet.message;

import com.fasterxml.jackson.databind.JsonNode;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.hash.Keccak256;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Encodes EIP-712 atomic values to their 32-byte words, accepting exactly what ethers v6 accepts
 * for the same JSON (or less), and that MetaMask's eth-sig-util hashes the same: integers as JSON
 * numbers up to 2^53 - 1 or as decimal / 0x-hex strings (negative ones in decimal only, which
 * eth-sig-util requires), {@code bytesN} and {@code bytes} as even-length 0x-hex, addresses as
 * 0x-hex with a valid EIP-55 checksum when mixed-case, booleans as JSON booleans, strings as JSON
 * strings without unpaired surrogates.
 */
final class Eip712Values {
  private static final Pattern INT_TYPE = Pattern.compile("(u?)int([1-9][0-9]{0,2}+)");
  private static final Pattern BYTES_TYPE = Pattern.compile("bytes([1-9][0-9]?+)");
  private static final Pattern INT_TEXT = Pattern.compile("0[xX][0-9a-fA-F]++|-?+[0-9]++");
  private static final Pattern HEX = Pattern.compile("0x(?:[0-9a-fA-F]{2})*+");
  private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");
  private static final BigDecimal MAX_SAFE = BigDecimal.valueOf((1L << 53) - 1);
  private static final int MAX_INT_TEXT = 100;

  private Eip712Values() {}

  /** True for {@code bool}, {@code address}, {@code string}, {@code bytes}, valid intN/bytesN. */
  static boolean isAtomic(String type) {
    switch (type) {
      case "bool", "address", "string", "bytes" -> {
        return true;
      }
      default -> {
        Matcher m = INT_TYPE.matcher(type);
        if (m.matches()) {
          int bits = Integer.parseInt(m.group(2));
          return bits % 8 == 0 && bits <= 256;
        }
        Matcher b = BYTES_TYPE.matcher(type);
        return b.matches() && Integer.parseInt(b.group(1)) <= 32;
      }
    }
  }

  /**
   * The 32-byte encoding of an atomic value ({@code string} and {@code bytes} hashed).
   *
   * @throws InvalidTypedDataException naming {@code path} if the value does not fit the type
   */
  static byte[] encode(String type, JsonNode value, String path) {
    switch (type) {
      case "bool" -> {
        if (!value.isBoolean()) {
          throw wrong(path, "must be true or false");
        }
        return word(value.booleanValue() ? BigInteger.ONE : BigInteger.ZERO);
      }
      case "address" -> {
        if (!value.isTextual() || !ADDRESS.matcher(value.textValue()).matches()) {
          throw wrong(path, "must be an address (0x and 40 hex digits)");
        }
        if (!Address.isValid(value.textValue())) {
          throw wrong(path, "address has a wrong EIP-55 checksum");
        }
        byte[] out = new byte[32];
        System.arraycopy(Address.parse(value.textValue()).toBytes(), 0, out, 12, 20);
        return out;
      }
      case "string" -> {
        if (!value.isTextual()) {
          throw wrong(path, "must be a string");
        }
        return Keccak256.hash(utf8(value.textValue(), path));
      }
      case "bytes" -> {
        return Keccak256.hash(hex(value, path, type));
      }
      default -> {
        Matcher m = INT_TYPE.matcher(type);
        if (m.matches()) {
          return integer(m.group(1).isEmpty(), Integer.parseInt(m.group(2)), type, value, path);
        }
        Matcher b = BYTES_TYPE.matcher(type);
        if (b.matches()) {
          byte[] bytes = hex(value, path, type);
          if (bytes.length != Integer.parseInt(b.group(1))) {
            throw wrong(
                path, "must have " + b.group(1) + " bytes for " + type + ", not " + bytes.length);
          }
          byte[] out = new byte[32];
          System.arraycopy(bytes, 0, out, 0, bytes.length);
          return out;
        }
        throw new InvalidTypedDataException(path + ": unknown type '" + type + "'");
      }
    }
  }

  private static byte[] integer(
      boolean signed, int bits, String type, JsonNode value, String path) {
    BigInteger v = toBigInteger(value, path);
    BigInteger max = BigInteger.ONE.shiftLeft(signed ? bits - 1 : bits).subtract(BigInteger.ONE);
    BigInteger min = signed ? max.add(BigInteger.ONE).negate() : BigInteger.ZERO;
    if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
      throw wrong(path, Eip712Types.abbreviate(v.toString()) + " is out of range for " + type);
    }
    return word(v.signum() < 0 ? v.add(BigInteger.ONE.shiftLeft(256)) : v);
  }

  private static BigInteger toBigInteger(JsonNode value, String path) {
    if (value.isNumber()) {
      BigDecimal d = value.decimalValue();
      if (d.abs().compareTo(MAX_SAFE) > 0) {
        throw wrong(
            path, "the JSON number is too large to be exact; quote it as a decimal or hex string");
      }
      if (d.stripTrailingZeros().scale() > 0) {
        throw wrong(path, d.toPlainString() + " is not an integer");
      }
      return d.toBigIntegerExact();
    }
    if (!value.isTextual()
        || value.textValue().length() > MAX_INT_TEXT
        || !INT_TEXT.matcher(value.textValue()).matches()) {
      throw wrong(
          path,
          "must be an integer (a JSON number, a decimal string, or a 0x-hex string;"
              + " negative values in decimal)");
    }
    String text = value.textValue();
    boolean negative = text.startsWith("-");
    String digits = negative ? text.substring(1) : text;
    BigInteger v =
        digits.length() > 1 && (digits.charAt(1) == 'x' || digits.charAt(1) == 'X')
            ? new BigInteger(digits.substring(2), 16)
            : new BigInteger(digits);
    return negative ? v.negate() : v;
  }

  private static byte[] hex(JsonNode value, String path, String type) {
    if (!value.isTextual() || !HEX.matcher(value.textValue()).matches()) {
      throw wrong(path, "must be 0x-hex with an even number of digits for " + type);
    }
    return HexFormat.of().parseHex(value.textValue().substring(2));
  }

  private static byte[] utf8(String s, String path) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw wrong(path, "the string holds an unpaired UTF-16 surrogate");
      }
    }
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] word(BigInteger unsigned) {
    byte[] raw = unsigned.toByteArray();
    byte[] out = new byte[32];
    int len = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - len, out, 32 - len, len);
    return out;
  }

  private static InvalidTypedDataException wrong(String path, String why) {
    return new InvalidTypedDataException(path + ": " + why);
  }
}
