package io.abacus.wallet.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Size caps on files the user hands to Abacus, so a huge or endless file (a wrong pick, {@code
 * /dev/zero}, a hostile download) is refused at once with a message naming the limit instead of
 * filling memory. The caps are far above what a real file of each kind holds.
 */
public final class InputLimits {
  /** An unsigned or signed transaction file: JSON with calldata of at most a few hundred KB. */
  public static final long TRANSACTION_FILE = 1L << 20;

  /** A CSV to import (the address book): hundreds of thousands of rows. */
  public static final long CSV_IMPORT = 10L << 20;

  /** A labels file (BIP-329 style JSON lines or the Sandbox's {@code labels.json}). */
  public static final long LABELS_FILE = 10L << 20;

  /** A contract ABI (JSON): the largest real ABIs are a few hundred KB. */
  public static final long ABI_FILE = 5L << 20;

  private InputLimits() {}

  /**
   * The bytes of {@code file}, at most {@code limit} of them.
   *
   * @param what what the file is, for the message ("transaction file")
   * @throws InputTooLargeException if the file holds more than {@code limit} bytes
   */
  public static byte[] read(Path file, String what, long limit) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (bytes.length > limit) {
        throw tooLarge(file, what, limit);
      }
      return bytes;
    }
  }

  /** The exception {@link #read} throws, for callers that count themselves. */
  public static InputTooLargeException tooLarge(Path file, String what, long limit) {
    return new InputTooLargeException(
        what
            + (file == null ? "" : " " + file)
            + " is larger than the limit of "
            + describe(limit)
            + "; is it the right file?");
  }

  /** {@code bytes} as the user reads it: "1 MiB", "512 KiB", "100 bytes". */
  public static String describe(long bytes) {
    if (bytes >= (1L << 20) && bytes % (1L << 20) == 0) {
      return (bytes >> 20) + " MiB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return (bytes >> 10) + " KiB";
    }
    return String.format(Locale.ROOT, "%d bytes", bytes);
  }

  /** A file over its size cap; the message names the file and the limit. */
  public static final class InputTooLargeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    InputTooLargeException(String message) {
      super(message);
    }
  }
}
