package io.abacus.app.cli.tx;

import io.abacus.app.cli.Cli;
import io.abacus.app.cli.CliContext;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.SocketPermission;
import java.net.URLPermission;
import java.nio.charset.StandardCharsets;
import java.security.Permission;

/**
 * Runs the command line under a security manager that refuses every socket and URL permission and
 * reports each attempt on stderr as {@code NETWORK-ATTEMPT}, even if the caller swallows the
 * exception. Used in a forked JVM by {@link TxSignOfflineTest}.
 */
public final class NoNetworkMain {
  private NoNetworkMain() {}

  @SuppressWarnings("removal")
  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.setSecurityManager(
        new SecurityManager() {
          @Override
          public void checkPermission(Permission p) {
            if (p instanceof SocketPermission || p instanceof URLPermission) {
              err.println("NETWORK-ATTEMPT " + p);
              throw new SecurityException("network access denied: " + p);
            }
          }

          @Override
          public void checkPermission(Permission p, Object context) {
            checkPermission(p);
          }
        });
    CliContext context =
        new CliContext(
            out,
            err,
            System.in,
            System.getenv(),
            dir -> {
              throw new IllegalStateException("no desktop here");
            });
    int code = Cli.run(args, context);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
