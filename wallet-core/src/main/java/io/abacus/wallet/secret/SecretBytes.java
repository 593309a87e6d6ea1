package io.abacus.wallet.secret;

import java.util.Arrays;

/**
 * Secret material (a private key, a seed, a password's bytes) held as a wipeable array. It never
 * shows its content in {@link #toString()}; {@link #close()} zeroes it. Callers that take a {@link
 * #copy()} must wipe that copy themselves ({@link #wipe(byte[])}).
 */
public final class SecretBytes implements AutoCloseable {
  private final byte[] bytes;
  private volatile boolean wiped;

  private SecretBytes(byte[] bytes) {
    this.bytes = bytes;
  }

  /** Takes ownership of {@code bytes}: the caller must not keep or use the array afterwards. */
  public static SecretBytes takeOwnership(byte[] bytes) {
    return new SecretBytes(bytes);
  }

  /** Copies {@code bytes}; the caller stays responsible for wiping its own array. */
  public static SecretBytes copyOf(byte[] bytes) {
    return new SecretBytes(bytes.clone());
  }

  public int length() {
    return bytes.length;
  }

  /** A copy of the secret; wipe it after use. */
  public byte[] copy() {
    checkNotWiped();
    return bytes.clone();
  }

  /** Runs {@code action} on the secret in place, without a copy. The array must not escape. */
  public <T> T apply(java.util.function.Function<byte[], T> action) {
    checkNotWiped();
    return action.apply(bytes);
  }

  /** Constant-time comparison. */
  public boolean contentEquals(byte[] other) {
    checkNotWiped();
    return java.security.MessageDigest.isEqual(bytes, other);
  }

  public boolean isWiped() {
    return wiped;
  }

  /** Zeroes the secret; later use throws {@link IllegalStateException}. */
  @Override
  public void close() {
    wipe(bytes);
    wiped = true;
  }

  /** Zeroes an array (null-safe). */
  public static void wipe(byte[] array) {
    if (array != null) {
      Arrays.fill(array, (byte) 0);
    }
  }

  /**
   * The UTF-8 encoding of {@code chars} (a password) without an intermediate String; wipe the
   * result after use.
   */
  public static byte[] utf8(char[] chars) {
    java.nio.ByteBuffer encoded =
        java.nio.charset.StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(chars));
    byte[] out = new byte[encoded.remaining()];
    encoded.get(out);
    if (encoded.hasArray()) {
      Arrays.fill(encoded.array(), (byte) 0);
    }
    return out;
  }

  /** Zeroes a char array (null-safe). */
  public static void wipe(char[] array) {
    if (array != null) {
      Arrays.fill(array, '\0');
    }
  }

  private void checkNotWiped() {
    if (wiped) {
      throw new IllegalStateException("secret was wiped (locked)");
    }
  }

  @Override
  public String toString() {
    return "SecretBytes[redacted]";
  }
}
