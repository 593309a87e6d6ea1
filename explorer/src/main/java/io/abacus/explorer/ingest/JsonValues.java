package io.abacus.explorer.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigInteger;

/**
 * Reads the node's hex values straight from the parser's character buffer (no intermediate
 * strings): {@code 0x}-quantities and fixed-length {@code 0x}-data, strictly, as {@link
 * io.abacus.wallet.encoding.HexBytes#decode} and the JSON-RPC spec define them.
 */
final class JsonValues {
  /** Each ASCII character's hex value, -1 for none. */
  private static final byte[] HEX = hexTable();

  private JsonValues() {}

  /** A hex quantity as a long; the parser is at its value. */
  static long quantity(JsonParser p, String field) throws IOException {
    requireString(p, field);
    char[] c = p.getTextCharacters();
    int off = p.getTextOffset();
    int len = p.getTextLength();
    checkQuantity(c, off, len, field);
    if (len - 2 > 16 || (len - 2 == 16 && Character.digit(c[off + 2], 16) > 7)) {
      throw new IllegalArgumentException(field + " is too large: " + p.getText());
    }
    long v = 0;
    for (int i = off + 2; i < off + len; i++) {
      v = (v << 4) | digit(c[i], field);
    }
    return v;
  }

  /** A hex quantity of any size; the parser is at its value. */
  static BigInteger big(JsonParser p, String field) throws IOException {
    requireString(p, field);
    char[] c = p.getTextCharacters();
    int off = p.getTextOffset();
    int len = p.getTextLength();
    checkQuantity(c, off, len, field);
    if (len - 2 <= 15) {
      long v = 0;
      for (int i = off + 2; i < off + len; i++) {
        v = (v << 4) | digit(c[i], field);
      }
      return BigInteger.valueOf(v);
    }
    for (int i = off + 2; i < off + len; i++) {
      digit(c[i], field);
    }
    return new BigInteger(new String(c, off + 2, len - 2), 16);
  }

  /** {@code 0x}-data of exactly {@code length} bytes, or null for JSON null. */
  static byte[] bytes(JsonParser p, String field, int length) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    byte[] b = data(p, field);
    if (b.length != length) {
      throw new IllegalArgumentException(field + " has " + b.length + " bytes, not " + length);
    }
    return b;
  }

  /** {@code 0x}-data of any length; the parser is at its value. */
  static byte[] data(JsonParser p, String field) throws IOException {
    requireString(p, field);
    char[] c = p.getTextCharacters();
    int off = p.getTextOffset();
    int len = p.getTextLength();
    if (len < 2 || c[off] != '0' || (c[off + 1] != 'x' && c[off + 1] != 'X')) {
      throw new IllegalArgumentException(field + " is not 0x-hex");
    }
    if (len % 2 != 0) {
      throw new IllegalArgumentException(field + " has an odd number of hex digits");
    }
    byte[] out = new byte[(len - 2) / 2];
    for (int i = 0, j = off + 2; i < out.length; i++, j += 2) {
      char hi = c[j];
      char lo = c[j + 1];
      int v = (hi | lo) < 128 ? (HEX[hi] << 4) | HEX[lo] : -1;
      if (v < 0) {
        digit(hi, field); // names the bad character
        digit(lo, field);
      }
      out[i] = (byte) v;
    }
    return out;
  }

  private static void requireString(JsonParser p, String field) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw new IllegalArgumentException(field + " is not a hex string: " + p.getText());
    }
  }

  private static void checkQuantity(char[] c, int off, int len, String field) {
    if (len < 3 || c[off] != '0' || c[off + 1] != 'x') {
      throw new IllegalArgumentException(
          field + " is not a hex quantity: \"" + new String(c, off, len) + "\"");
    }
  }

  private static int digit(char ch, String field) {
    int v = ch < 128 ? HEX[ch] : -1;
    if (v < 0) {
      throw new IllegalArgumentException(field + " has a non-hex character '" + ch + "'");
    }
    return v;
  }

  private static byte[] hexTable() {
    byte[] t = new byte[128];
    java.util.Arrays.fill(t, (byte) -1);
    for (int i = 0; i < 10; i++) {
      t['0' + i] = (byte) i;
    }
    for (int i = 0; i < 6; i++) {
      t['a' + i] = (byte) (10 + i);
      t['A' + i] = (byte) (10 + i);
    }
    return t;
  }
}
