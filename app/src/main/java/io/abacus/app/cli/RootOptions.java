package io.abacus.app.cli;

import java.nio.file.Path;

/**
 * What subcommands read from the root command's options. Subcommands depend on this, never on
 * {@link AbacusCommand} itself, so the root can list them without an import cycle.
 */
public interface RootOptions {
  /** The data folder this invocation uses ({@code --data-dir}, else the default). */
  Path dataDirectory();

  /** True with {@code --debug}: errors show stack traces. */
  boolean debug();
}
