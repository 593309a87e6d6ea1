package io.abacus.app.cli.invoice;

import io.abacus.app.cli.Cli;
import io.abacus.app.cli.CliContext;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Runs the command line given as arguments over and over until killed, announcing each start on
 * stdout; used in a child JVM by {@link InvoiceSyncKillTest} to be killed in the middle of a sync.
 */
public final class SyncLoopMain {
  private SyncLoopMain() {}

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    CliContext context =
        new CliContext(
            out,
            err,
            System.in,
            System.getenv(),
            dir -> {
              throw new IllegalStateException("no desktop here");
            });
    while (true) {
      out.println("START");
      if (Cli.run(args, context) != 0) {
        System.exit(1);
      }
    }
  }
}
