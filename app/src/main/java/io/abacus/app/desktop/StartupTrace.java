package io.abacus.app.desktop;

import java.lang.management.ManagementFactory;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Window;

/**
 * With {@code -Dabacus.startupTrace=true} (e.g. through {@code ABACUS_JAVA_OPTS}), prints one line
 * to standard error at each step of the window's start: JVM uptime, the CPU time of the calling
 * thread (the FX thread) and of the process, the classes loaded so far and the nodes in the
 * window's scene. How the shell's first paint is measured (docs/benchmarks.md, "Sixth pass").
 * Without the property it does nothing and loads nothing.
 */
final class StartupTrace {
  private static final boolean ON = Boolean.getBoolean("abacus.startupTrace");

  private StartupTrace() {}

  /** Prints the step {@code what}, counting the nodes of {@code window}'s scene if it has one. */
  static void step(String what, Window window) {
    if (!ON) {
      return;
    }
    long nodes =
        window == null || window.getScene() == null ? 0 : count(window.getScene().getRoot());
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    System.err.printf(
        "startup-trace %s epoch=%d uptime=%d ms thread-cpu=%d ms process-cpu=%d ms classes=%d nodes=%d%n",
        what,
        System.currentTimeMillis(),
        ManagementFactory.getRuntimeMXBean().getUptime(),
        ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000,
        os.getProcessCpuTime() / 1_000_000,
        ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount(),
        nodes);
  }

  private static long count(Node node) {
    long n = 1;
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        n += count(child);
      }
    }
    return n;
  }
}
