package io.abacus.app.sandbox;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.hash.Keccak256;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** The few ABI encodings and JSON-RPC quantities the Sandbox needs (static types only). */
final class Abi {
  private static final HexFormat HEX = HexFormat.of();

  private Abi() {}

  /**
   * {@code 0x} + 4-byte selector + 32-byte words, e.g. {@code call("transfer(address,uint256)", to,
   * amount)}.
   */
  static String call(String signature, Object... args) {
    StringBuilder data = new StringBuilder("0x").append(selector(signature));
    for (Object arg : args) {
      data.append(word(arg));
    }
    return data.toString();
  }

  static String selector(String signature) {
    return HEX.formatHex(Keccak256.hash(signature.getBytes(StandardCharsets.US_ASCII)))
        .substring(0, 8);
  }

  /** The keccak-256 topic of an event signature, {@code 0x}-prefixed. */
  static String topic(String eventSignature) {
    return "0x" + HEX.formatHex(Keccak256.hash(eventSignature.getBytes(StandardCharsets.US_ASCII)));
  }

  private static String word(Object arg) {
    if (arg instanceof Address a) {
      return "0".repeat(24) + a.toLowerHex().substring(2);
    }
    if (arg instanceof BigInteger n && n.signum() >= 0 && n.bitLength() <= 256) {
      String hex = n.toString(16);
      return "0".repeat(64 - hex.length()) + hex;
    }
    throw new IllegalArgumentException("cannot ABI-encode " + arg);
  }

  /** A JSON-RPC quantity ({@code 0x}-hex, no leading zeros). */
  static String quantity(BigInteger n) {
    return "0x" + n.toString(16);
  }

  static String quantity(long n) {
    return "0x" + Long.toHexString(n);
  }

  /** Parses a JSON-RPC quantity or a 32-byte word. */
  static BigInteger number(String hex) {
    String digits = hex.startsWith("0x") ? hex.substring(2) : hex;
    return digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits, 16);
  }

  /** Decodes an ABI-encoded {@code string} return value. */
  static String decodeString(String hex) {
    String data = hex.startsWith("0x") ? hex.substring(2) : hex;
    int offset = number(data.substring(0, 64)).intValueExact() * 2;
    int length = number(data.substring(offset, offset + 64)).intValueExact();
    byte[] bytes = HEX.parseHex(data.substring(offset + 64, offset + 64 + length * 2));
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
