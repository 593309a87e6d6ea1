package io.abacus.app.cli.explorer;

import io.abacus.explorer.db.ExplorerDatabase;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The index file that {@code query}, {@code export} and {@code labels} read: a picocli mixin. */
public final class IndexFileOption {
  @Option(names = "--db", required = true, paramLabel = "FILE", description = "The index file.")
  Path db;

  /** Opens the index; a missing file is a user error, not a new empty index. */
  ExplorerDatabase open() {
    return ExplorerSupport.openExisting(db);
  }
}
