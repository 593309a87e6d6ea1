package io.abacus.app.cli.sandbox;

import io.abacus.app.cli.CliContext;
import io.abacus.app.cli.RootOptions;
import io.abacus.app.cli.UserException;
import io.abacus.app.sandbox.Sandbox;
import io.abacus.app.sandbox.SandboxException;
import io.abacus.app.sandbox.SandboxStateException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code abacus sandbox ...}: the built-in local test chain (test money only). */
@Command(
    name = "sandbox",
    mixinStandardHelpOptions = true,
    description = {
      "The Sandbox: a local test chain (chain id 31337) that Abacus runs itself.",
      "Everything on it is test money, worth nothing."
    },
    subcommands = {
      SandboxStartCommand.class,
      SandboxStopCommand.class,
      SandboxStatusCommand.class,
      SandboxFundCommand.class,
      SandboxDemoCommand.class
    })
public final class SandboxCommand {
  @ParentCommand RootOptions root;

  private final CliContext context;

  public SandboxCommand(CliContext context) {
    this.context = context;
  }

  CliContext context() {
    return context;
  }

  Sandbox sandbox() {
    return Sandbox.inDataDirectory(root.dataDirectory(), context.env());
  }

  /** Runs {@code action}, turning Sandbox problems into one-line user errors. */
  static Integer run(Callable<Integer> action) throws Exception {
    try {
      return action.call();
    } catch (SandboxStateException e) {
      String hint =
          e.lastGood().isPresent()
              ? "; to start from it: abacus sandbox start --from-last-good-state"
              : "";
      throw new UserException(e.getMessage() + hint, e);
    } catch (SandboxException e) {
      throw new UserException(e.getMessage(), e);
    }
  }
}
