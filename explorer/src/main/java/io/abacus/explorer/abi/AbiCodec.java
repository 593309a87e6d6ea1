package io.abacus.explorer.abi;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.encoding.HexBytes;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes ABI-encoded values (head/tail layout) into display text. Bounds are checked everywhere;
 * anything that does not fit throws {@link IllegalArgumentException}.
 */
final class AbiCodec {
  private static final int MAX_ELEMENTS = 4096;

  private AbiCodec() {}

  /** Decodes a tuple of {@code types} starting at offset 0 of {@code data}. */
  static List<String> decode(List<String> types, byte[] data) {
    return tuple(types, data, 0);
  }

  /** Decodes one static value from a 32-byte word (indexed event topics). */
  static String decodeWord(String type, byte[] word) {
    if (isDynamic(type)) {
      return HexBytes.toHex(word) + " (hash)";
    }
    return at(type, word, 0);
  }

  private static List<String> tuple(List<String> types, byte[] data, int base) {
    List<String> out = new ArrayList<>(types.size());
    int head = base;
    for (String t : types) {
      if (isDynamic(t)) {
        out.add(at(t, data, base + offset(data, head)));
        head += 32;
      } else {
        out.add(at(t, data, head));
        head += headSize(t);
      }
    }
    return out;
  }

  private static String at(String type, byte[] data, int pos) {
    if (type.endsWith("]")) {
      int open = type.lastIndexOf('[');
      String inner = type.substring(0, open);
      String size = type.substring(open + 1, type.length() - 1);
      int n = size.isEmpty() ? offset(data, pos) : Integer.parseInt(size);
      if (n > MAX_ELEMENTS) {
        throw new IllegalArgumentException("array too long");
      }
      int base = size.isEmpty() ? pos + 32 : pos;
      return "["
          + String.join(", ", tuple(java.util.Collections.nCopies(n, inner), data, base))
          + "]";
    }
    if (type.startsWith("(")) {
      return "(" + String.join(", ", tuple(components(type), data, pos)) + ")";
    }
    if (type.equals("bytes") || type.equals("string")) {
      int len = offset(data, pos);
      byte[] bytes = slice(data, pos + 32, len);
      return type.equals("bytes") ? HexBytes.toHex(bytes) : utf8(bytes);
    }
    byte[] word = slice(data, pos, 32);
    BigInteger unsigned = new BigInteger(1, word);
    if (type.equals("address")) {
      requireBits(unsigned, 160);
      return Address.of(Arrays.copyOfRange(word, 12, 32)).toString();
    }
    if (type.equals("bool")) {
      requireBits(unsigned, 1);
      return unsigned.signum() == 0 ? "false" : "true";
    }
    if (type.startsWith("uint")) {
      requireBits(unsigned, type.length() == 4 ? 256 : Integer.parseInt(type.substring(4)));
      return unsigned.toString();
    }
    if (type.startsWith("int")) {
      return new BigInteger(word).toString();
    }
    if (type.startsWith("bytes")) {
      int n = Integer.parseInt(type.substring(5));
      return HexBytes.toHex(Arrays.copyOf(word, n));
    }
    throw new IllegalArgumentException("unsupported type " + type);
  }

  private static void requireBits(BigInteger v, int bits) {
    if (v.bitLength() > bits) {
      throw new IllegalArgumentException("value does not fit its type");
    }
  }

  static boolean isDynamic(String type) {
    if (type.equals("bytes") || type.equals("string") || type.endsWith("[]")) {
      return true;
    }
    if (type.endsWith("]")) {
      return isDynamic(type.substring(0, type.lastIndexOf('[')));
    }
    if (type.startsWith("(")) {
      return components(type).stream().anyMatch(AbiCodec::isDynamic);
    }
    return false;
  }

  private static int headSize(String type) {
    if (type.endsWith("]")) {
      int open = type.lastIndexOf('[');
      return Integer.parseInt(type.substring(open + 1, type.length() - 1))
          * headSize(type.substring(0, open));
    }
    if (type.startsWith("(")) {
      return components(type).stream().mapToInt(AbiCodec::headSize).sum();
    }
    return 32;
  }

  /** Splits {@code (a,(b,c),d[])} into its top-level components. */
  static List<String> components(String tuple) {
    int close = tuple.lastIndexOf(')');
    String inner = tuple.substring(1, close);
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < inner.length(); i++) {
      char ch = inner.charAt(i);
      if (ch == '(') {
        depth++;
      } else if (ch == ')') {
        depth--;
      } else if (ch == ',' && depth == 0) {
        out.add(inner.substring(start, i));
        start = i + 1;
      }
    }
    if (!inner.isEmpty()) {
      out.add(inner.substring(start));
    }
    return out;
  }

  private static int offset(byte[] data, int pos) {
    BigInteger v = new BigInteger(1, slice(data, pos, 32));
    if (v.bitLength() > 31 || v.intValue() > data.length) {
      throw new IllegalArgumentException("offset or length out of range");
    }
    return v.intValue();
  }

  private static byte[] slice(byte[] data, int pos, int len) {
    if (pos < 0 || len < 0 || (long) pos + len > data.length) {
      throw new IllegalArgumentException("data too short");
    }
    return Arrays.copyOfRange(data, pos, pos + len);
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return HexBytes.toHex(bytes);
    }
  }
}
