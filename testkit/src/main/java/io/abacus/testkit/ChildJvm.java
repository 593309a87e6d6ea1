package io.abacus.testkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A test's child JVM: a main class of the test's class path in a process of its own (to kill it
 * with SIGKILL, or to run two at once), started with the flags that halve the CPU a short-lived JVM
 * spends on starting.
 *
 * <p>{@code -XX:TieredStopAtLevel=1} compiles with the client compiler only and {@code
 * -XX:+UseSerialGC} starts no collector threads. Measured on {@code abacus address checksum} with
 * the app's test class path: 0.85 CPU seconds per start without them, 0.45 with them; a dynamic CDS
 * archive cannot be used, since the test class path holds directories ({@code target/classes}), and
 * a static one costs more to dump than the children of one test JVM save (docs/benchmarks.md,
 * "Fourth pass").
 *
 * <p>{@code -XX:-BytecodeVerificationRemote} skips verifying the bytecode of class-path classes
 * (javac's output and the dependencies' jars, which the test JVM has loaded verified already); the
 * JDK's own classes are never verified. It saves about 0.1 CPU s of a child's 0.7-0.8 s start
 * ({@code abacus payout run} up to its first error, 4 alternated pairs). What the tests prove is
 * the children's behaviour at a kill, not the class files. For the same reason the children's class
 * path has unsigned copies of the signed jars (bcprov): see {@link UnsignedJars}.
 */
public final class ChildJvm {
  /** The JVM options of every child JVM. */
  public static final List<String> OPTIONS =
      List.of(
          "-XX:TieredStopAtLevel=1",
          "-XX:+UseSerialGC",
          "-XX:+UnlockDiagnosticVMOptions",
          "-XX:-BytecodeVerificationRemote");

  /**
   * This JVM's class path with its signed jars replaced by unsigned copies ({@link UnsignedJars}),
   * made on the first child and kept for the JVM's later children: static, as {@link SharedAnvils},
   * since nothing narrower than the JVM outlives a test class.
   */
  private static String childClassPath;

  private ChildJvm() {}

  private static synchronized String classPath() {
    if (childClassPath == null) {
      try {
        Path dir = java.nio.file.Files.createTempDirectory("abacus-child-jars");
        dir.toFile().deleteOnExit(); // registered first, so deleted after the copies in it
        childClassPath = UnsignedJars.rewrite(System.getProperty("java.class.path"), dir);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return childClassPath;
  }

  /**
   * The command line that runs {@code main} with {@code args} on this JVM's class path (its signed
   * jars as unsigned copies).
   */
  public static List<String> command(Class<?> main, List<String> args) {
    return command(List.of(), main, args);
  }

  /** As {@link #command(Class, List)}, with {@code options} after the common ones. */
  public static List<String> command(List<String> options, Class<?> main, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(OPTIONS);
    command.addAll(options);
    command.add("-cp");
    command.add(classPath());
    command.add(main.getName());
    command.addAll(args);
    return command;
  }

  /** Starts {@code main} with {@code args}; its stderr goes to this process's stderr. */
  public static Process start(Class<?> main, String... args) throws java.io.IOException {
    return new ProcessBuilder(command(main, List.of(args)))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }
}
