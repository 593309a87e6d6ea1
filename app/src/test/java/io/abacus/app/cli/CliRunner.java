package io.abacus.app.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the command line in-process with captured streams, for tests. */
public final class CliRunner {
  /** What one run printed and returned. */
  public record Result(int exitCode, String out, String err) {}

  private final Map<String, String> env = new java.util.HashMap<>();
  private final List<Path> desktopStarts = new ArrayList<>();
  private String stdin = "";

  public CliRunner(Path dataDir) {
    env.put("ABACUS_DATA_DIR", dataDir.toString());
  }

  /** Adds an environment variable for later runs. */
  public CliRunner env(String name, String value) {
    env.put(name, value);
    return this;
  }

  /** With more environment variables besides {@code ABACUS_DATA_DIR}. */
  public CliRunner(Path dataDir, Map<String, String> extraEnv) {
    this(dataDir);
    env.putAll(extraEnv);
  }

  public CliRunner stdin(String text) {
    this.stdin = text;
    return this;
  }

  public Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext context =
        new CliContext(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            env,
            desktopStarts::add);
    int code = Cli.run(args, context);
    return new Result(code, out.toString(), err.toString());
  }

  /** Data folders the desktop was asked to open with. */
  public List<Path> desktopStarts() {
    return desktopStarts;
  }
}
