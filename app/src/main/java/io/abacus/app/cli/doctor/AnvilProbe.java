package io.abacus.app.cli.doctor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Checks the anvil binary a native package ships for the Sandbox. The package names it with the
 * system property {@value #PROPERTY}; a run from source leaves it unset.
 */
final class AnvilProbe {
  /** The system property the installer's launcher sets to the bundled anvil binary. */
  static final String PROPERTY = "abacus.anvil";

  private static final long TIMEOUT_SECONDS = 30;

  private final String configured;

  AnvilProbe(String configured) {
    this.configured = configured;
  }

  Check check() {
    if (configured == null || configured.isBlank()) {
      return Check.skipped("anvil", PROPERTY + " not set (not a packaged install)");
    }
    Path anvil = Path.of(configured);
    if (!Files.isRegularFile(anvil)) {
      return Check.failed("anvil", anvil + " is missing");
    }
    if (!Files.isExecutable(anvil)) {
      return Check.failed("anvil", anvil + " is not executable");
    }
    try {
      Process process =
          new ProcessBuilder(anvil.toString(), "--version").redirectErrorStream(true).start();
      String output;
      try (InputStream in = process.getInputStream()) {
        output = new String(in.readNBytes(4096), StandardCharsets.UTF_8).strip();
      }
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return Check.failed("anvil", anvil + " --version did not finish");
      }
      if (process.exitValue() != 0) {
        return Check.failed("anvil", anvil + " --version exited " + process.exitValue());
      }
      return Check.ok("anvil", output.lines().findFirst().orElse("") + " at " + anvil);
    } catch (IOException e) {
      return Check.failed("anvil", "cannot run " + anvil + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Check.failed("anvil", "interrupted");
    }
  }
}
