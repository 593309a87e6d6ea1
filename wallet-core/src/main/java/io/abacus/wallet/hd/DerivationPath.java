package io.abacus.wallet.hd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A BIP32 path such as {@code m/44'/60'/0'/0/0}: each index 0..2^31-1, hardened when followed by
 * {@code '} (or {@code h}/{@code H}). Immutable.
 */
public final class DerivationPath {
  /** The hardened flag of a child number. */
  public static final int HARDENED = 0x80000000;

  /** The Ethereum default, account 0 of MetaMask and Trezor. */
  public static final DerivationPath DEFAULT = parse("m/44'/60'/0'/0/0");

  private static final int MAX_DEPTH = 255;
  private final int[] children;

  private DerivationPath(int[] children) {
    this.children = children;
  }

  /**
   * Parses a path. White space around it is ignored.
   *
   * @throws InvalidPathException if it does not start with {@code m}, has an empty or non-numeric
   *     part, or an index above 2^31-1
   */
  public static DerivationPath parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidPathException("no derivation path given (expected e.g. m/44'/60'/0'/0/0)");
    }
    String s = text.strip();
    String[] parts = s.split("/", -1);
    if (!parts[0].equals("m") && !parts[0].equals("M")) {
      throw new InvalidPathException(
          "derivation path '" + s + "' must start with m/ (e.g. m/44'/60'/0'/0/0)");
    }
    if (parts.length - 1 > MAX_DEPTH) {
      throw new InvalidPathException("derivation path '" + s + "' is deeper than 255 levels");
    }
    int[] children = new int[parts.length - 1];
    for (int i = 1; i < parts.length; i++) {
      children[i - 1] = parseChild(s, i, parts[i]);
    }
    return new DerivationPath(children);
  }

  private static int parseChild(String path, int level, String part) {
    boolean hardened = part.endsWith("'") || part.endsWith("h") || part.endsWith("H");
    String digits = hardened ? part.substring(0, part.length() - 1) : part;
    if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidPathException(
          "derivation path '"
              + path
              + "': part "
              + level
              + " '"
              + part
              + "' is not a number (optionally followed by ')");
    }
    if (digits.length() > 10 || Long.parseLong(digits) > Integer.MAX_VALUE) {
      throw new InvalidPathException(
          "derivation path '"
              + path
              + "': index "
              + digits
              + " at part "
              + level
              + " is above 2147483647 (2^31-1)");
    }
    int index = Integer.parseInt(digits);
    return hardened ? index | HARDENED : index;
  }

  /** A path from child numbers (with {@link #HARDENED} set for hardened ones). */
  public static DerivationPath of(int... children) {
    if (children.length > MAX_DEPTH) {
      throw new InvalidPathException("a derivation path is at most 255 levels deep");
    }
    return new DerivationPath(children.clone());
  }

  /** The child numbers, hardened ones with {@link #HARDENED} set. */
  public int[] children() {
    return children.clone();
  }

  public int depth() {
    return children.length;
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>(children.length + 1);
    parts.add("m");
    for (int c : children) {
      parts.add((c & HARDENED) != 0 ? (c & ~HARDENED) + "'" : Integer.toString(c));
    }
    return String.join("/", parts);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DerivationPath other && Arrays.equals(children, other.children);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(children);
  }
}
