package io.abacus.wallet.rpc;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A hand-tuned reader of one JSON answer straight from its UTF-8 bytes, for the node's large
 * answers (blocks, receipts): field names are matched as bytes, {@code 0x}-hex is decoded from the
 * bytes into values (no characters, no strings), values the caller does not keep are skipped by
 * scanning (escapes and nesting checked). Written by hand because it reads a batch of blocks in
 * about half the CPU time of Jackson's streaming parser (docs/benchmarks.md, fifth pass).
 *
 * <p>Bounded on hostile input: every read checks the end of the answer, nesting deeper than {@link
 * #MAX_DEPTH} is refused, nothing is allocated beyond the size of the answer. Broken JSON throws
 * {@link SyntaxError}; well-formed JSON of the wrong kind or a malformed hex value throws {@link
 * IllegalArgumentException} naming the field. Hex values with escapes are refused as not hex (a
 * node never sends them). Not thread-safe: one cursor per answer.
 */
public final class JsonCursor {
  /** The deepest nesting a skipped value may have. */
  public static final int MAX_DEPTH = 128;

  /** The longest string accepted, in bytes (as Jackson's default limit). */
  public static final int MAX_STRING = 20_000_000;

  /** Each byte's hex value, -1 for none. */
  private static final int[] HEX = hexTable();

  private static final java.nio.charset.Charset UTF = StandardCharsets.UTF_8;

  private final byte[] b;
  private final int end;
  private int pos;
  private boolean fresh;
  private byte[] nameBuf;
  private int nameOff;
  private int nameLen;

  /** Broken JSON: the answer is truncated, has a stray byte or nests too deeply. */
  public static final class SyntaxError extends IOException {
    private static final long serialVersionUID = 1L;

    SyntaxError(String message) {
      super(message);
    }
  }

  /** Field names one object kind keeps, matched as bytes. */
  public static final class Names {
    private final byte[][] names;
    private final String[] text;

    /** At most 64 names. */
    public Names(String... names) {
      if (names.length > 64) {
        throw new IllegalArgumentException("at most 64 names");
      }
      this.text = names.clone();
      this.names = new byte[names.length][];
      for (int i = 0; i < names.length; i++) {
        this.names[i] = names[i].getBytes(StandardCharsets.UTF_8);
      }
    }

    /**
     * Marks name {@code index} as read in {@code seen} (a bit mask per object).
     *
     * @throws IllegalArgumentException when the object has that field twice
     */
    public long once(long seen, int index, String what) {
      long bit = 1L << index;
      if ((seen & bit) != 0) {
        throw new IllegalArgumentException(what + " has the field " + text[index] + " twice");
      }
      return seen | bit;
    }
  }

  /** A cursor at the start of {@code bytes}. */
  public JsonCursor(byte[] bytes) {
    this.b = bytes;
    this.end = bytes.length;
  }

  /** The next significant byte (not consumed), or -1 at the end of the answer. */
  public int peek() {
    skipWs();
    return pos < end ? b[pos] : -1;
  }

  /** Whether the next value is JSON null; if so it is consumed. */
  public boolean nullValue() throws SyntaxError {
    if (peek() != 'n') {
      return false;
    }
    literal("null");
    return true;
  }

  /** Consumes a {@code {} and returns true, or returns false when the next value is no object. */
  public boolean tryObject() throws SyntaxError {
    if (next() != '{') {
      return false;
    }
    pos++;
    fresh = true;
    return true;
  }

  /** Consumes a {@code [} and returns true, or returns false when the next value is no list. */
  public boolean tryArray() throws SyntaxError {
    if (next() != '[') {
      return false;
    }
    pos++;
    fresh = true;
    return true;
  }

  /**
   * Moves to the next field of the object being read (its value is next), or consumes the object's
   * end and returns false.
   */
  public boolean nextField() throws SyntaxError {
    int c = next();
    if (c == '}') {
      pos++;
      fresh = false;
      return false;
    }
    if (!fresh) {
      expect(',');
      c = next();
    }
    fresh = false;
    if (c != '"') {
      throw unexpected("a field name");
    }
    readName();
    if (next() != ':') {
      throw unexpected("':'");
    }
    pos++;
    return true;
  }

  /** Moves to the next element of the list being read, or consumes its end and returns false. */
  public boolean nextElement() throws SyntaxError {
    int c = next();
    if (c == ']') {
      pos++;
      fresh = false;
      return false;
    }
    if (!fresh) {
      expect(',');
      if (next() == ']') {
        throw unexpected("a value");
      }
    }
    fresh = false;
    return true;
  }

  /** The index in {@code names} of the current field's name, -1 if it is none of them. */
  public int field(Names names) {
    byte[][] all = names.names;
    for (int i = 0; i < all.length; i++) {
      byte[] n = all[i];
      if (n.length == nameLen
          && Arrays.equals(n, 0, n.length, nameBuf, nameOff, nameOff + nameLen)) {
        return i;
      }
    }
    return -1;
  }

  /** The current field's name, for messages. */
  public String fieldName() {
    return new String(nameBuf, nameOff, nameLen, StandardCharsets.UTF_8);
  }

  /** Skips the next value, whatever it is (nesting at most {@link #MAX_DEPTH} deep). */
  public void skipValue() throws SyntaxError {
    skip(0);
  }

  /** The next value's JSON text, consumed (for small values such as error objects). */
  public String rawValue() throws SyntaxError {
    next();
    int start = pos;
    skipValue();
    return new String(b, start, pos - start, StandardCharsets.UTF_8);
  }

  /**
   * The next value's text, escapes decoded, if it is a JSON string, else null (the value is
   * consumed either way): for the small answers of the node layer.
   */
  public String stringOrNull() throws SyntaxError {
    if (next() != '"') {
      skipValue();
      return null;
    }
    int open = pos;
    skipString(); // checks the length, the escapes and control characters
    return unescape(open + 1, pos - 1);
  }

  /**
   * The next value as a whole number if it is a JSON integer that fits a long, else null (the value
   * is consumed either way).
   */
  public Long integerOrNull() throws SyntaxError {
    int c = next();
    if (c != '-' && (c < '0' || c > '9')) {
      skipValue();
      return null;
    }
    int start = pos;
    skipNumber();
    String text = new String(b, start, pos - start, StandardCharsets.US_ASCII);
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return null; // a fraction, an exponent or too large: not an id
    }
  }

  /** A hex quantity ({@code 0x} and 1 to 16 digits, at most 2^63-1) as a long. */
  public long hexLong(String field) throws SyntaxError {
    int start = quantityStart(field);
    int stop = closingQuote(start);
    int n = stop - start;
    if (n > 16 || (n == 16 && HEX[b[start] & 0xff] > 7)) {
      throw new IllegalArgumentException(field + " is too large: " + snippet(start - 2));
    }
    long v = 0;
    for (int p = start; p < stop; p++) {
      v = (v << 4) | digit(b[p], field);
    }
    pos = stop + 1;
    return v;
  }

  /** A hex quantity of any size. */
  public BigInteger hexBig(String field) throws SyntaxError {
    int start = quantityStart(field);
    int stop = closingQuote(start);
    long v = 0;
    for (int p = start; p < stop; p++) {
      v = (v << 4) | digit(b[p], field);
    }
    pos = stop + 1;
    if (stop - start <= 15) {
      return BigInteger.valueOf(v);
    }
    return new BigInteger(new String(b, start, stop - start, StandardCharsets.US_ASCII), 16);
  }

  /** {@code 0x}-data of exactly {@code length} bytes, or null for JSON null. */
  public byte[] hexBytes(String field, int length) throws SyntaxError {
    if (nullValue()) {
      return null;
    }
    byte[] v = hexData(field);
    if (v.length != length) {
      throw new IllegalArgumentException(field + " has " + v.length + " bytes, not " + length);
    }
    return v;
  }

  /** {@code 0x}-data of any length ({@code 0x} or {@code 0X}, an even number of digits). */
  public byte[] hexData(String field) throws SyntaxError {
    int start = stringStart(field);
    if (end(start) != '0' || (end(start + 1) != 'x' && b[start + 1] != 'X')) {
      throw new IllegalArgumentException(field + " is not 0x-hex");
    }
    int digits = start + 2;
    int p = closingQuote(digits);
    int len = p - digits;
    if (len % 2 != 0) {
      checkDigits(digits, p, field);
      throw new IllegalArgumentException(field + " has an odd number of hex digits");
    }
    byte[] out = new byte[len / 2];
    for (int i = 0, j = digits; i < out.length; i++, j += 2) {
      int hi = HEX[b[j] & 0xff];
      int lo = HEX[b[j + 1] & 0xff];
      if ((hi | lo) < 0) {
        checkDigits(j, j + 2, field);
      }
      out[i] = (byte) ((hi << 4) | lo);
    }
    pos = p + 1;
    return out;
  }

  /** The position of the first quote from {@code p} on (hex values have no escapes). */
  private int closingQuote(int p) throws SyntaxError {
    int start = p;
    while (end(p) != '"') {
      p++;
    }
    checkLength(start, p);
    return p;
  }

  private void checkLength(int from, int to) throws SyntaxError {
    if (to - from > MAX_STRING) {
      throw new SyntaxError(
          "the string at byte " + from + " exceeds the maximum length of " + MAX_STRING + " bytes");
    }
  }

  private int quantityStart(String field) throws SyntaxError {
    int start = stringStart(field);
    if (end(start) != '0' || end(start + 1) != 'x' || end(start + 2) == '"') {
      throw new IllegalArgumentException(field + " is not a hex quantity: " + snippet(start - 1));
    }
    return start + 2;
  }

  /** The first byte inside the string value that must come next; its quote is consumed. */
  private int stringStart(String field) throws SyntaxError {
    int c = next();
    if (c != '"') {
      if (c == '{'
          || c == '['
          || c == '-'
          || (c >= '0' && c <= '9')
          || c == 't'
          || c == 'f'
          || c == 'n') {
        int from = pos;
        skipValue();
        throw new IllegalArgumentException(
            field + " is not a hex string: " + new String(b, from, Math.min(pos - from, 40), UTF));
      }
      throw unexpected("a value");
    }
    return ++pos;
  }

  private void checkDigits(int from, int to, String field) {
    for (int i = from; i < to; i++) {
      digit(b[i], field);
    }
  }

  private int digit(int c, String field) {
    int v = HEX[c & 0xff];
    if (v < 0) {
      throw new IllegalArgumentException(field + " has a non-hex character " + shown(c));
    }
    return v;
  }

  private static String shown(int c) {
    int u = c & 0xff;
    return u >= 0x20 && u < 0x7f ? "'" + (char) u + "'" : String.format("byte 0x%02x", u);
  }

  private void skip(int depth) throws SyntaxError {
    int c = next();
    switch (c) {
      case '{' -> {
        descend(depth);
        pos++;
        if (next() == '}') {
          pos++;
          return;
        }
        do {
          if (next() != '"') {
            throw unexpected("a field name");
          }
          skipString();
          expect(':');
          skip(depth + 1);
        } while (comma('}'));
      }
      case '[' -> {
        descend(depth);
        pos++;
        if (next() == ']') {
          pos++;
          return;
        }
        do {
          skip(depth + 1);
        } while (comma(']'));
      }
      case '"' -> skipString();
      case 't' -> literal("true");
      case 'f' -> literal("false");
      case 'n' -> literal("null");
      default -> {
        if (c != '-' && (c < '0' || c > '9')) {
          throw unexpected("a value");
        }
        skipNumber();
      }
    }
  }

  private void descend(int depth) throws SyntaxError {
    if (depth >= MAX_DEPTH) {
      throw new SyntaxError("the answer nests deeper than " + MAX_DEPTH + " at byte " + pos);
    }
  }

  /** After a member: consumes ',' (true: another follows) or the closing byte (false). */
  private boolean comma(char close) throws SyntaxError {
    int c = next();
    pos++;
    if (c == ',') {
      return true;
    }
    if (c != close) {
      pos--;
      throw unexpected("',' or '" + close + "'");
    }
    return false;
  }

  private void skipString() throws SyntaxError {
    int p = pos + 1;
    while (true) {
      int c = end(p);
      if (c == '"') {
        checkLength(pos + 1, p);
        pos = p + 1;
        return;
      }
      if (c == '\\') {
        p = escape(p);
      } else if ((c & 0xff) < 0x20) {
        pos = p;
        throw unexpected("a character (control characters must be escaped)");
      } else {
        p++;
      }
    }
  }

  /** Checks the escape at {@code p} (a backslash); returns the position after it. */
  private int escape(int p) throws SyntaxError {
    int e = end(p + 1);
    if (e == 'u') {
      for (int i = p + 2; i < p + 6; i++) {
        if (HEX[end(i) & 0xff] < 0) {
          pos = i;
          throw unexpected("a hex digit of a \\u escape");
        }
      }
      return p + 6;
    }
    if ("\"\\/bfnrt".indexOf(e) < 0) {
      pos = p + 1;
      throw unexpected("an escape character");
    }
    return p + 2;
  }

  private void skipNumber() throws SyntaxError {
    int p = pos;
    if (b[p] == '-') {
      p++;
    }
    int digits = p;
    p = digits(p);
    if (p == digits || (b[digits] == '0' && p - digits > 1)) {
      pos = p;
      throw unexpected("a number");
    }
    if (at(p) == '.') {
      int frac = ++p;
      p = digits(p);
      if (p == frac) {
        pos = p;
        throw unexpected("a digit");
      }
    }
    if (at(p) == 'e' || at(p) == 'E') {
      p++;
      if (at(p) == '+' || at(p) == '-') {
        p++;
      }
      int exp = p;
      p = digits(p);
      if (p == exp) {
        pos = p;
        throw unexpected("a digit");
      }
    }
    pos = p;
  }

  /** The first position from {@code p} that is not a digit. */
  private int digits(int p) {
    while (p < end && isDigit(b[p])) {
      p++;
    }
    return p;
  }

  /** The byte at {@code p}, or -1 past the end. */
  private int at(int p) {
    return p < end ? b[p] : -1;
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  /** Reads the field name at {@code pos} (its opening quote); fast path when it has no escape. */
  private void readName() throws SyntaxError {
    int start = pos + 1;
    int p = start;
    int c;
    while ((c = end(p)) != '"' && c != '\\' && (c & 0xff) >= 0x20) {
      p++;
    }
    if (c == '"') {
      nameBuf = b;
      nameOff = start;
      nameLen = p - start;
      pos = p + 1;
      return;
    }
    int open = pos;
    skipString(); // checks the escapes and control characters
    String decoded = unescape(open + 1, pos - 1);
    nameBuf = decoded.getBytes(StandardCharsets.UTF_8);
    nameOff = 0;
    nameLen = nameBuf.length;
  }

  /** The text of a checked string body {@code [from, to)} with its escapes decoded. */
  private String unescape(int from, int to) {
    StringBuilder s = new StringBuilder(to - from);
    int run = from;
    for (int p = from; p < to; ) {
      if (b[p] != '\\') {
        p++;
        continue;
      }
      s.append(new String(b, run, p - run, StandardCharsets.UTF_8));
      char e = (char) b[p + 1];
      if (e == 'u') {
        s.append((char) Integer.parseInt(new String(b, p + 2, 4, StandardCharsets.US_ASCII), 16));
        p += 6;
      } else {
        s.append(
            e == 'b'
                ? '\b'
                : e == 'f' ? '\f' : e == 'n' ? '\n' : e == 'r' ? '\r' : e == 't' ? '\t' : e);
        p += 2;
      }
      run = p;
    }
    return s.append(new String(b, run, to - run, StandardCharsets.UTF_8)).toString();
  }

  private void literal(String word) throws SyntaxError {
    for (int i = 0; i < word.length(); i++) {
      if (end(pos + i) != word.charAt(i)) {
        pos += i;
        throw unexpected("'" + word + "'");
      }
    }
    pos += word.length();
  }

  private void expect(char c) throws SyntaxError {
    if (next() != c) {
      throw unexpected("'" + c + "'");
    }
    pos++;
  }

  /** The next significant byte (not consumed); the answer must not end here. */
  private int next() throws SyntaxError {
    skipWs();
    if (pos >= end) {
      throw truncated();
    }
    return b[pos];
  }

  /** The byte at {@code p}; the answer must not end before it. */
  private int end(int p) throws SyntaxError {
    if (p >= end) {
      pos = end;
      throw truncated();
    }
    return b[p];
  }

  private void skipWs() {
    while (pos < end) {
      byte c = b[pos];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      pos++;
    }
  }

  private SyntaxError truncated() {
    return new SyntaxError("the answer ends early (after " + end + " bytes)");
  }

  private SyntaxError unexpected(String wanted) {
    String found = pos < end ? shown(b[pos]) : "the end";
    return new SyntaxError("expected " + wanted + " at byte " + pos + ", found " + found);
  }

  /** Up to 40 bytes of the answer from {@code from}, for messages. */
  private String snippet(int from) {
    int to = Math.min(end, from + 40);
    String s = new String(b, from, Math.max(0, to - from), StandardCharsets.UTF_8);
    return to < end ? s + "..." : s;
  }

  private static int[] hexTable() {
    int[] t = new int[256];
    Arrays.fill(t, -1);
    for (int i = 0; i < 10; i++) {
      t['0' + i] = i;
    }
    for (int i = 0; i < 6; i++) {
      t['a' + i] = 10 + i;
      t['A' + i] = 10 + i;
    }
    return t;
  }
}
