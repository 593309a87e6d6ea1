package io.abacus.wallet.tx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A strict RLP decoder: canonical lengths only, no trailing bytes, bounded nesting. Encoding uses
 * Web3j's {@code RlpEncoder}; decoding is ours because untrusted raw transactions must fail with
 * {@link InvalidTransactionException}, never with an index or arithmetic error.
 */
final class Rlp {
  private static final int MAX_DEPTH = 16;

  /** A decoded item: a byte string or a list. */
  sealed interface Item permits Bytes, Items {}

  /** A byte string. */
  record Bytes(byte[] value) implements Item {}

  /** A list of items. */
  record Items(List<Item> items) implements Item {}

  private final byte[] in;
  private int pos;

  private Rlp(byte[] in, int pos) {
    this.in = in;
    this.pos = pos;
  }

  /**
   * Decodes exactly one item spanning {@code in[offset..]}.
   *
   * @throws InvalidTransactionException for any malformed or non-canonical input
   */
  static Item decode(byte[] in, int offset) {
    Rlp r = new Rlp(in, offset);
    Item item = r.item(0);
    if (r.pos != in.length) {
      throw new InvalidTransactionException(
          "RLP: " + (in.length - r.pos) + " unexpected bytes after the transaction");
    }
    return item;
  }

  private Item item(int depth) {
    if (depth > MAX_DEPTH) {
      throw new InvalidTransactionException("RLP: nested too deeply");
    }
    int prefix = next();
    if (prefix < 0x80) {
      return new Bytes(new byte[] {(byte) prefix});
    }
    if (prefix < 0xb8) {
      int len = prefix - 0x80;
      byte[] value = take(len);
      if (len == 1 && (value[0] & 0xff) < 0x80) {
        throw new InvalidTransactionException("RLP: non-canonical single byte");
      }
      return new Bytes(value);
    }
    if (prefix < 0xc0) {
      return new Bytes(take(longLength(prefix - 0xb7)));
    }
    int len = prefix < 0xf8 ? prefix - 0xc0 : longLength(prefix - 0xf7);
    int end = pos + len;
    if (len > in.length - pos) {
      throw truncated();
    }
    List<Item> items = new ArrayList<>();
    while (pos < end) {
      items.add(item(depth + 1));
    }
    if (pos != end) {
      throw new InvalidTransactionException("RLP: list item overruns its list");
    }
    return new Items(items);
  }

  private int longLength(int lengthOfLength) {
    if (lengthOfLength > 4) {
      throw new InvalidTransactionException("RLP: length too large");
    }
    byte[] raw = take(lengthOfLength);
    if (raw[0] == 0) {
      throw new InvalidTransactionException("RLP: length with leading zero");
    }
    long len = 0;
    for (byte b : raw) {
      len = (len << 8) | (b & 0xff);
    }
    if (len < 56) {
      throw new InvalidTransactionException("RLP: non-canonical long length");
    }
    if (len > in.length - pos) {
      throw truncated();
    }
    return (int) len;
  }

  private int next() {
    if (pos >= in.length) {
      throw truncated();
    }
    return in[pos++] & 0xff;
  }

  private byte[] take(int len) {
    if (len > in.length - pos) {
      throw truncated();
    }
    byte[] out = Arrays.copyOfRange(in, pos, pos + len);
    pos += len;
    return out;
  }

  private static InvalidTransactionException truncated() {
    return new InvalidTransactionException("RLP: input ends early (truncated)");
  }
}
