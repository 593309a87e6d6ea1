package io.abacus.app.cli.explorer;

import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.export.CsvLabels;
import io.abacus.explorer.export.Exports;
import io.abacus.explorer.query.AddressQueries;
import io.abacus.explorer.query.ExplorerQueries;
import io.abacus.explorer.query.StatsQueries;
import io.abacus.wallet.address.Address;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code abacus export}: writes query results as CSV. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Export address history, token transfers or blocks as CSV (RFC 4180, UTC times).",
    subcommands = {
      ExportCommand.AddressCsv.class,
      ExportCommand.TokenCsv.class,
      ExportCommand.BlocksCsv.class
    })
public final class ExportCommand implements Callable<Integer> {
  public ExportCommand(CliContext context) {}

  @Override
  public Integer call() {
    throw new UserException(
        "say what to export: address, token or blocks (see 'abacus export --help')");
  }

  /** Options every export takes. */
  abstract static class Base implements Callable<Integer> {
    final CliContext context;

    @Mixin IndexFileOption index = new IndexFileOption();

    @Option(
        names = "--csv",
        required = true,
        paramLabel = "OUT",
        description = "The CSV file to write.")
    Path csv;

    Base(CliContext context) {
      this.context = context;
    }

    /** Checks the options before anything is opened; a usage error is thrown as such. */
    void validate() {}

    @Override
    public Integer call() throws Exception {
      validate();
      return ExplorerSupport.run(
          () -> {
            ExplorerDatabase database = index.open(context.env());
            long rows = Exports.toFile(csv, out -> write(database, out));
            context.out().println("wrote " + rows + " rows to " + csv);
            return 0;
          });
    }

    abstract long write(ExplorerDatabase db, java.io.Writer out) throws java.io.IOException;
  }

  @Command(
      name = "address",
      mixinStandardHelpOptions = true,
      description = "Every transaction of an address.")
  public static final class AddressCsv extends Base {
    @Parameters(paramLabel = "ADDR")
    String address;

    @Mixin HistoryOptions filters = new HistoryOptions();

    public AddressCsv(CliContext context) {
      super(context);
    }

    @Override
    long write(ExplorerDatabase db, java.io.Writer out) throws java.io.IOException {
      Address a = ExplorerSupport.address(address);
      try (AddressQueries q = new AddressQueries(db);
          ExplorerQueries labels = new ExplorerQueries(db, 12)) {
        return Exports.addressHistory(q, a, filters.filter(), CsvLabels.index(labels), out);
      }
    }
  }

  @Command(
      name = "token",
      mixinStandardHelpOptions = true,
      description = "Every transfer of a token.")
  public static final class TokenCsv extends Base {
    @Parameters(paramLabel = "TOKEN")
    String token;

    public TokenCsv(CliContext context) {
      super(context);
    }

    @Override
    long write(ExplorerDatabase db, java.io.Writer out) throws java.io.IOException {
      Address a = ExplorerSupport.address(token);
      try (StatsQueries q = new StatsQueries(db);
          ExplorerQueries labels = new ExplorerQueries(db, 12)) {
        return Exports.tokenTransfers(q, a, CsvLabels.index(labels), out);
      }
    }
  }

  @Command(
      name = "blocks",
      mixinStandardHelpOptions = true,
      description = "Blocks in a range (default: all).")
  public static final class BlocksCsv extends Base {
    @Option(names = "--from", paramLabel = "N", description = "First block.")
    Long from;

    @Option(names = "--to", paramLabel = "N", description = "Last block.")
    Long to;

    @Spec CommandSpec spec;

    public BlocksCsv(CliContext context) {
      super(context);
    }

    @Override
    void validate() {
      if ((from != null && from < 0) || (to != null && to < 0)) {
        throw new ParameterException(spec.commandLine(), "block numbers cannot be negative");
      }
      if (from != null && to != null && from > to) {
        throw new ParameterException(
            spec.commandLine(), "--from " + from + " is after --to " + to + " (an empty range)");
      }
    }

    @Override
    long write(ExplorerDatabase db, java.io.Writer out) throws java.io.IOException {
      try (ExplorerQueries q = new ExplorerQueries(db, 12)) {
        var cp = q.checkpoint().orElseThrow(() -> new UserException("the index is empty"));
        long first = from == null ? cp.firstBlock() : from;
        long last = to == null ? cp.nextBlock() - 1 : to;
        return Exports.blocks(q, first, last, CsvLabels.index(q), out);
      }
    }
  }
}
