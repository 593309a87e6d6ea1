package io.abacus.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds files of the project checkout from inside a test run. */
public final class ProjectPaths {
  private ProjectPaths() {}

  /**
   * The project root: the {@code abacus.root} system property (set by the build), else the nearest
   * parent of the working directory that holds {@code tools/devchain}.
   */
  public static Path root() {
    String configured = System.getProperty("abacus.root");
    if (configured != null && Files.isDirectory(Path.of(configured, "tools", "devchain"))) {
      return Path.of(configured).toAbsolutePath();
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("tools").resolve("devchain"))) {
        return p;
      }
    }
    throw new IllegalStateException("cannot find the Abacus project root (tools/devchain)");
  }

  /** The pinned anvil binary, or the one named by {@code ABACUS_ANVIL}. */
  public static Path anvilBinary() {
    String override = System.getenv("ABACUS_ANVIL");
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    return root().resolve("tools/devchain/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil");
  }
}
