package io.abacus.app.cli;

import io.abacus.app.config.DataDirectory;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command may touch of the outside world: its streams, the environment and the desktop
 * starter. Tests pass their own.
 *
 * @param out standard output (results, JSON)
 * @param err standard error (progress, errors)
 * @param in standard input ({@code -} file arguments, prompts)
 * @param env environment variables
 * @param desktop opens the desktop app
 */
public record CliContext(
    PrintWriter out,
    PrintWriter err,
    InputStream in,
    Map<String, String> env,
    DesktopStarter desktop) {

  /** The data folder for an optional {@code --data-dir}, honouring {@code ABACUS_DATA_DIR}. */
  public Path dataDirectory(Path override) {
    return DataDirectory.resolve(
        override, env, System.getProperty("os.name"), System.getProperty("user.home"));
  }

  /** Opens the desktop window; returns when it is closed. */
  @FunctionalInterface
  public interface DesktopStarter {
    void start(Path dataDirectory);
  }
}
