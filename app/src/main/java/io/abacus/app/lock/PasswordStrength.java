package io.abacus.app.lock;

import java.util.Set;

/**
 * A quick estimate of how hard a password is to guess, for the hint under the password field. It
 * rewards length and variety and punishes common passwords, repeats and keyboard runs. It never
 * copies the password into a String.
 */
public final class PasswordStrength {
  /** Ordered from weakest to strongest. */
  public enum Level {
    TOO_SHORT,
    WEAK,
    FAIR,
    GOOD,
    STRONG
  }

  /** Minimum length Abacus accepts for a wallet password. */
  public static final int MIN_LENGTH = 8;

  private static final Set<String> COMMON =
      Set.of(
          "password",
          "passw0rd",
          "12345678",
          "123456789",
          "1234567890",
          "qwertyui",
          "qwerty123",
          "iloveyou",
          "11111111",
          "00000000",
          "abc12345",
          "letmein1",
          "welcome1",
          "admin123",
          "password1",
          "baseball",
          "football",
          "sunshine",
          "princess",
          "trustno1",
          "bitcoin1",
          "ethereum",
          "metamask");

  private PasswordStrength() {}

  public static Level evaluate(char[] password) {
    int n = password.length;
    if (n < MIN_LENGTH) {
      return Level.TOO_SHORT;
    }
    if (isCommon(password)) {
      return Level.WEAK;
    }
    int classes = 0;
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    boolean other = false;
    int runs = 0;
    for (int i = 0; i < n; i++) {
      char c = password[i];
      lower |= Character.isLowerCase(c);
      upper |= Character.isUpperCase(c);
      digit |= Character.isDigit(c);
      other |= !Character.isLetterOrDigit(c);
      if (i > 0 && (c == password[i - 1] || c == password[i - 1] + 1)) {
        runs++;
      }
    }
    classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    // Rough bits: length times log2 of the alphabet, discounted for repeats and sequences.
    int alphabet = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    if (alphabet == 0) {
      alphabet = 26; // letters of other scripts: at least as rich as a-z
    }
    double bits = (n - runs * 0.75) * (Math.log(alphabet) / Math.log(2));
    if (bits >= 80 && classes >= 2 || n >= 20) {
      return Level.STRONG;
    }
    if (bits >= 60) {
      return Level.GOOD;
    }
    if (bits >= 40) {
      return Level.FAIR;
    }
    return Level.WEAK;
  }

  private static boolean isCommon(char[] password) {
    for (String common : COMMON) {
      if (common.length() == password.length && equalsIgnoreCase(common, password)) {
        return true;
      }
    }
    return false;
  }

  private static boolean equalsIgnoreCase(String s, char[] chars) {
    for (int i = 0; i < chars.length; i++) {
      if (Character.toLowerCase(chars[i]) != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
