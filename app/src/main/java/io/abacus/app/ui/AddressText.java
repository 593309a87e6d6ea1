package io.abacus.app.ui;

/**
 * How an address is written where a person checks it: whole and grouped, or shortened in the
 * middle.
 */
public final class AddressText {
  private static final int GROUP = 4;
  private static final int HEAD = 6;
  private static final int TAIL = 4;

  private AddressText() {}

  /**
   * {@code 0xE9325B4e…} as {@code 0xE932 5B4e d49B …}: the "0x" stays with the first group, then
   * groups of four characters; every character is kept.
   */
  public static String grouped(String address) {
    if (address == null || address.isEmpty()) {
      return "";
    }
    String body = address.startsWith("0x") ? address.substring(2) : address;
    StringBuilder out = new StringBuilder(address.startsWith("0x") ? "0x" : "");
    for (int i = 0; i < body.length(); i += GROUP) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(body, i, Math.min(body.length(), i + GROUP));
    }
    return out.toString();
  }

  /**
   * The first six and the last four characters with an ellipsis between ({@code 0xE932…8a1F}), for
   * where space is short; short texts are returned whole.
   */
  public static String middle(String address) {
    if (address == null) {
      return "";
    }
    if (address.length() <= HEAD + TAIL + 1) {
      return address;
    }
    return address.substring(0, HEAD) + "…" + address.substring(address.length() - TAIL);
  }
}
