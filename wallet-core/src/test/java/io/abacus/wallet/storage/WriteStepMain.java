package io.abacus.wallet.storage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Child process for {@link AtomicFileKillTest}: writes {@code args[1]} to the file {@code args[0]}
 * (with {@code args[3]} as the replacing backup, if given) and halts the JVM, as kill -9 would,
 * when the write reaches step {@code args[2]}.
 */
public final class WriteStepMain {
  private WriteStepMain() {}

  public static void main(String[] args) throws Exception {
    String haltAt = args[2];
    byte[] backup = args.length > 3 ? args[3].getBytes(StandardCharsets.UTF_8) : null;
    AtomicFile.write(
        Path.of(args[0]),
        args[1].getBytes(StandardCharsets.UTF_8),
        backup,
        step -> {
          if (step.equals(haltAt)) {
            Runtime.getRuntime().halt(9);
          }
        });
  }
}
