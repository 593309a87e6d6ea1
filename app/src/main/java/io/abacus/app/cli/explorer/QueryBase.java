package io.abacus.app.cli.explorer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.UserException;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.wallet.encoding.HexBytes;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What every {@code abacus query} subcommand shares: the index, {@code --json} and key parsing. */
abstract class QueryBase implements Callable<Integer> {
  static final ObjectMapper JSON = new ObjectMapper();
  final CliContext context;

  @Mixin IndexFileOption index = new IndexFileOption();

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  QueryBase(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    return ExplorerSupport.run(
        () -> {
          Object result = query(index.open(context.env()));
          if (json) {
            context.out().println(JSON.writeValueAsString(result));
          }
          return 0;
        });
  }

  /** Runs the query, prints text unless {@code --json}, and returns the JSON object. */
  abstract ObjectNode query(ExplorerDatabase db);

  static String hash(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    if (!HexBytes.isHex(s, 32)) {
      throw new UserException("'" + text + "' is not a hash (0x and 64 hex digits)");
    }
    return s;
  }

  static long number(String text) {
    try {
      long n = Long.parseLong(text.strip());
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UserException("'" + text + "' is neither a block number nor a block hash");
    }
  }
}
