package io.abacus.app.cli;

import io.abacus.app.config.Logging;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs the {@code abacus} command line. User errors print one line {@code error: ...} on stderr and
 * exit non-zero; {@code --debug} adds the stack trace.
 */
public final class Cli {
  /** Exit code for a usage error (unknown command or option, bad value). */
  public static final int USAGE = 2;

  /** Exit code for any other failure. */
  public static final int FAILURE = 1;

  private Cli() {}

  /** Parses and runs {@code args}; returns the process exit code. */
  public static int run(String[] args, CliContext context) {
    if (args.length == 0) {
      return openWindow(context);
    }
    AbacusCommand root = new AbacusCommand(context);
    Factory factory = new Factory(context);
    CommandLine cmd = new CommandLine(root, factory);
    CommandTree.addSubcommands(cmd, AbacusCommand.SUBCOMMANDS, args, factory);
    shareVersion(cmd, new VersionProvider());
    cmd.setOut(context.out());
    cmd.setErr(context.err());
    // Classes, not lambdas: a lambda implementing one of picocli's Java 5 interfaces makes the
    // AppCDS dump link that interface, which leaves it out of the archive together with picocli's
    // RunLast and default handlers; every command then loaded them from the jar, searching the
    // class path, and had the old verifier check them (issue 20).
    cmd.setParameterExceptionHandler(new UsageErrors());
    cmd.setExecutionExceptionHandler(new Failures(root, args));
    cmd.setExecutionStrategy(new LogThenRun(root));
    try {
      return cmd.execute(args);
    } finally {
      context.out().flush();
      context.err().flush();
    }
  }

  /**
   * The window, with nothing to parse: without picocli, whose 175 Java 5 classes the AppCDS archive
   * cannot hold and the old verifier checks on every start (issue 20), as {@link AbacusCommand}
   * would open it.
   */
  private static int openWindow(CliContext context) {
    try {
      Path dataDirectory = context.dataDirectory(null);
      Logging.toDataFolder(dataDirectory);
      context.desktop().start(dataDirectory);
      return 0;
    } catch (RuntimeException e) {
      context.err().println("error: " + oneLine(describe(e)));
      return FAILURE;
    } finally {
      context.out().flush();
      context.err().flush();
    }
  }

  /** Lets {@code -V} of every subcommand print the Abacus version, not an empty line. */
  private static void shareVersion(CommandLine line, CommandLine.IVersionProvider provider) {
    for (CommandLine sub : line.getSubcommands().values()) {
      if (sub.getCommandSpec().versionProvider() == null) {
        sub.getCommandSpec().versionProvider(provider);
      }
      shareVersion(sub, provider);
    }
  }

  /** Prints a usage error as one line (see {@link #onUsageError}). */
  private static final class UsageErrors implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
      return onUsageError(e, args);
    }
  }

  /** Prints a failure as one line, with the stack trace under {@code --debug}. */
  private static final class Failures implements IExecutionExceptionHandler {
    private final RootOptions root;
    private final String[] args;

    Failures(RootOptions root, String[] args) {
      this.root = root;
      this.args = args;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine line, ParseResult parsed) {
      return onFailure(e, line, root.debug() || hasDebugFlag(args));
    }
  }

  /** Points the log at the data folder (unless only help is asked for), then runs the command. */
  private static final class LogThenRun implements IExecutionStrategy {
    private final RootOptions root;

    LogThenRun(RootOptions root) {
      this.root = root;
    }

    @Override
    public int execute(ParseResult parsed) {
      boolean helpOnly = false;
      for (CommandLine c : parsed.asCommandLineList()) {
        helpOnly |= c.isUsageHelpRequested() || c.isVersionHelpRequested();
      }
      if (!helpOnly) {
        Logging.toDataFolder(root.dataDirectory());
      }
      return new CommandLine.RunLast().execute(parsed);
    }
  }

  private static int onUsageError(ParameterException e, String[] args) {
    CommandLine line = e.getCommandLine();
    String message = e.getMessage();
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      List<String> words = unmatched.getUnmatched();
      message =
          "unknown command or argument '"
              + words.get(0)
              + "' (see '"
              + line.getCommandSpec().qualifiedName()
              + " --help')";
    }
    line.getErr().println("error: " + oneLine(message));
    if (hasDebugFlag(args)) {
      e.printStackTrace(line.getErr());
    }
    return USAGE;
  }

  private static int onFailure(Exception e, CommandLine line, boolean debug) {
    line.getErr().println("error: " + oneLine(describe(e)));
    if (debug) {
      e.printStackTrace(line.getErr());
    }
    return FAILURE;
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return "unexpected " + e.getClass().getSimpleName() + " (run with --debug for details)";
    }
    return message;
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.strip().replaceAll("\\s*[\\r\\n]+\\s*", "; ");
  }

  private static boolean hasDebugFlag(String[] args) {
    return List.of(args).contains("--debug");
  }

  /** Builds commands, passing the context to constructors that take one. */
  record Factory(CliContext context) implements IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        Constructor<K> withContext = type.getDeclaredConstructor(CliContext.class);
        return withContext.newInstance(context);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }
}
