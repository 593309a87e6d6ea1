package io.abacus.app.cli.explorer;

import io.abacus.app.cli.CliContext;
import io.abacus.explorer.db.DbLocation;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.db.IndexCopy;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code abacus index migrate --from FILE --db URL}: copies a SQLite index into PostgreSQL. */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    description = {
      "Copy an existing index (a SQLite file) into an empty index, such as a shared PostgreSQL"
          + " database, in one transaction. 'abacus index --db URL' then continues from its"
          + " checkpoint."
    })
public final class IndexMigrateCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "FILE",
      description = "The index file to copy.")
  Path from;

  @Mixin IndexFileOption index = new IndexFileOption();

  public IndexMigrateCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    return ExplorerSupport.run(
        () -> {
          ExplorerDatabase source = ExplorerSupport.openExisting(DbLocation.file(from));
          ExplorerDatabase target = ExplorerDatabase.open(index.location(context.env()));
          IndexCopy.Result copied = IndexCopy.copy(source, target);
          context
              .out()
              .printf(
                  Locale.ROOT,
                  "copied blocks %d..%d (%d rows) from %s to %s%n",
                  copied.checkpoint().firstBlock(),
                  copied.checkpoint().nextBlock() - 1,
                  copied.rows(),
                  from,
                  target.location());
          return 0;
        });
  }
}
