package io.abacus.app.cli.sandbox;

import io.abacus.app.cli.CliContext;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "stop",
    mixinStandardHelpOptions = true,
    description = "Stops the Sandbox node; it saves its state first.")
public final class SandboxStopCommand implements Callable<Integer> {
  @ParentCommand SandboxCommand parent;

  private final CliContext context;

  public SandboxStopCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    return SandboxCommand.run(
        () -> {
          boolean wasRunning = parent.sandbox().stop();
          context.out().println(wasRunning ? "Sandbox stopped" : "Sandbox was not running");
          return 0;
        });
  }
}
