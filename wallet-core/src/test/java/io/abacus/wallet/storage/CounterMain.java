package io.abacus.wallet.storage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Child process for {@link LockedFileTest}: adds 1 to the number in {@code args[0]}, {@code
 * args[1]} times, each a locked read-modify-write.
 */
public final class CounterMain {
  private CounterMain() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    for (int i = Integer.parseInt(args[1]); i > 0; i--) {
      LockedFile.update(file, CounterMain::increment);
    }
  }

  static byte[] increment(Optional<byte[]> current) {
    long n = current.map(b -> Long.parseLong(new String(b, StandardCharsets.UTF_8))).orElse(0L);
    return Long.toString(n + 1).getBytes(StandardCharsets.UTF_8);
  }
}
