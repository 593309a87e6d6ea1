package io.abacus.app.cli.sandbox;

import io.abacus.app.cli.CliContext;
import io.abacus.app.sandbox.Sandbox;
import io.abacus.app.sandbox.SandboxStatus;
import io.abacus.app.sandbox.TestUsd;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "start",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the Sandbox node in the background; deploys Test USD on first start.",
      "The node keeps running after this command exits: stop it with 'abacus sandbox stop'."
    })
public final class SandboxStartCommand implements Callable<Integer> {
  @ParentCommand SandboxCommand parent;

  @Option(
      names = "--foreground",
      description = "Run the node in this process until Ctrl-C (then stop it, saving its state).")
  boolean foreground;

  @Option(
      names = "--from-last-good-state",
      description =
          "Move the current state aside and start from the last state the node loaded fine.")
  boolean fromLastGoodState;

  private final CliContext context;

  public SandboxStartCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    return SandboxCommand.run(
        () -> {
          Sandbox sandbox = parent.sandbox();
          long t0 = System.nanoTime();
          Sandbox.Started started = sandbox.start(!foreground, fromLastGoodState);
          double seconds = (System.nanoTime() - t0) / 1e9;
          started.notes().forEach(n -> context.err().println("warning: " + n));
          SandboxStatus s = started.status();
          PrintWriter out = context.out();
          out.println(
              (started.alreadyRunning() ? "Sandbox already running at " : "Sandbox running at ")
                  + s.rpcUrl()
                  + " (chain id "
                  + s.chainId()
                  + ", pid "
                  + s.pid()
                  + ", block "
                  + s.blockNumber()
                  + "): test money only");
          out.println(TestUsd.NAME + " (" + TestUsd.SYMBOL + ") at " + s.tokenAddress());
          if (!started.alreadyRunning()) {
            out.printf(Locale.ROOT, "Started in %.2fs%n", seconds);
          }
          out.flush();
          if (foreground && !started.alreadyRunning()) {
            context.err().println("Press Ctrl-C to stop the Sandbox.");
            context.err().flush();
            sandbox.awaitOwnedExit();
          }
          return 0;
        });
  }
}
