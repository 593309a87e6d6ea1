package io.abacus.app.cli.sandbox;

import io.abacus.app.cli.CliContext;
import io.abacus.app.sandbox.DemoActivity;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "demo-activity",
    mixinStandardHelpOptions = true,
    description = {
      "Fills the Sandbox with realistic test traffic between a few dozen made-up businesses.",
      "ETH payments, Test USD transfers and approve/transferFrom calls, many per block;",
      "the same seed gives the same traffic. The businesses' names go to sandbox/labels.json."
    })
public final class SandboxDemoCommand implements Callable<Integer> {
  @ParentCommand SandboxCommand parent;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the traffic (default 1).")
  long seed;

  @Option(
      names = "--blocks",
      defaultValue = "" + DemoActivity.DEFAULT_BLOCKS,
      description = "How many blocks to mine (default ${DEFAULT-VALUE}).")
  int blocks;

  private final CliContext context;

  public SandboxDemoCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    return SandboxCommand.run(
        () -> {
          DemoActivity.Result r = parent.sandbox().demoActivity(seed, blocks);
          context
              .out()
              .printf(
                  Locale.ROOT,
                  "Demo activity: %d transactions in blocks %d-%d (%d ETH payments, %d TUSD"
                      + " transfers, %d other contract calls) between %d businesses in %.1fs%n",
                  r.transactions(),
                  r.firstBlock(),
                  r.lastBlock(),
                  r.ethPayments(),
                  r.tokenTransfers(),
                  r.contractCalls(),
                  r.businesses(),
                  r.elapsed().toMillis() / 1000.0);
          return 0;
        });
  }
}
