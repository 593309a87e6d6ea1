package io.abacus.app.cli.explorer;

import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code abacus query}: reads an index. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = "Look up blocks, transactions and address history in an index.",
    subcommands = {
      QueryBlockCommand.class,
      QueryTxCommand.class,
      QueryAddressCommand.class,
      QuerySummaryCommand.class,
      QuerySearchCommand.class
    })
public final class QueryCommand implements Callable<Integer> {
  public QueryCommand(CliContext context) {}

  @Override
  public Integer call() {
    throw new UserException(
        "say what to query: block, tx, address or search (see 'abacus query --help')");
  }
}
