package io.abacus.app.onboarding;

/** Reads a typed private key (64 hex digits, optional 0x) without making a String of it. */
final class PrivateKeyText {
  private PrivateKeyText() {}

  /** The 32 key bytes (wipe them after use), or null if the text is not 64 hex digits. */
  static byte[] parse(char[] text) {
    int start = 0;
    int end = text.length;
    while (start < end && Character.isWhitespace(text[start])) {
      start++;
    }
    while (end > start && Character.isWhitespace(text[end - 1])) {
      end--;
    }
    if (end - start >= 2
        && text[start] == '0'
        && (text[start + 1] == 'x' || text[start + 1] == 'X')) {
      start += 2;
    }
    if (end - start != 64) {
      return null;
    }
    byte[] key = new byte[32];
    for (int i = 0; i < 32; i++) {
      int hi = Character.digit(text[start + 2 * i], 16);
      int lo = Character.digit(text[start + 2 * i + 1], 16);
      if (hi < 0 || lo < 0) {
        java.util.Arrays.fill(key, (byte) 0);
        return null;
      }
      key[i] = (byte) (hi << 4 | lo);
    }
    return key;
  }
}
