package io.abacus.explorer.query;

/**
 * A keyset position in newest-first lists: the block and transaction (or log) index of the last
 * item shown. Written {@code BLOCK-INDEX}, e.g. {@code 1234-5}.
 */
public record Cursor(long block, int index) {
  public Cursor {
    if (block < 0 || index < 0 || index >= (1 << 20)) {
      throw new IllegalArgumentException("cursor out of range");
    }
  }

  /** The row id this cursor stands for ({@code block * 2^20 + index}). */
  public long id() {
    return (block << 20) | index;
  }

  public static Cursor ofId(long id) {
    return new Cursor(id >>> 20, (int) (id & 0xfffff));
  }

  /**
   * Parses {@code BLOCK-INDEX}.
   *
   * @throws IllegalArgumentException with a message for the user when malformed
   */
  public static Cursor parse(String text) {
    String s = text == null ? "" : text.strip();
    int dash = s.indexOf('-');
    try {
      if (dash <= 0) {
        throw new NumberFormatException();
      }
      return new Cursor(
          Long.parseLong(s.substring(0, dash)), Integer.parseInt(s.substring(dash + 1)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a cursor (use the 'next' value of the previous page)", e);
    }
  }

  @Override
  public String toString() {
    return block + "-" + index;
  }
}
