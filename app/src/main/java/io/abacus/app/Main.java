package io.abacus.app;

import io.abacus.app.cli.Cli;
import io.abacus.app.cli.CliContext;
import io.abacus.app.desktop.DesktopApp;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The one entry point for the desktop app and the command line. It does not extend {@code
 * Application}, so it also starts from a plain class path and from a jpackage image.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    CliContext context = new CliContext(out, err, System.in, System.getenv(), DesktopApp::run);
    int code = Cli.run(args, context);
    System.exit(code);
  }
}
