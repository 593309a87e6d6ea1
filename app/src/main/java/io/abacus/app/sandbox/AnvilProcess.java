package io.abacus.app.sandbox;

import io.abacus.wallet.storage.PrivateFiles;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts and stops the anvil process of the Sandbox. Its output goes to {@code anvil.log} (not a
 * pipe), so a detached node keeps running after the process that started it exits.
 */
final class AnvilProcess {
  /** anvil's well-known test mnemonic: the Sandbox's dev accounts are public test keys. */
  static final String TEST_MNEMONIC = "test test test test test test test test test test test junk";

  private static final Pattern LISTENING = Pattern.compile("Listening on 127\\.0\\.0\\.1:(\\d+)");
  private static final List<Path> SETSID =
      List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));

  private AnvilProcess() {}

  /** A started anvil: its record, and the {@link Process} when this JVM started it. */
  record Started(NodeRecord record, Process process) {}

  /**
   * Launches anvil on 127.0.0.1 with a port of its choosing and waits until it listens.
   *
   * @param detached start it in its own session, so it outlives this process and a Ctrl-C here
   * @param stateIntervalSeconds how often anvil saves its state besides on exit
   */
  static Started launch(
      Path binary, SandboxFiles files, boolean detached, int stateIntervalSeconds, Duration timeout)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    if (detached) {
      SETSID.stream().filter(Files::isExecutable).findFirst().ifPresent(s -> cmd.add(s.toString()));
    }
    cmd.addAll(
        List.of(
            binary.toString(),
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--chain-id",
            Long.toString(SandboxNetwork.CHAIN_ID),
            "--mnemonic",
            TEST_MNEMONIC,
            "--state",
            files.state().toString(),
            "--state-interval",
            Integer.toString(stateIntervalSeconds),
            "--color",
            "never"));
    Files.createDirectories(files.dir());
    if (Files.exists(files.log())) {
      // Keep the last run's output: it explains a crash the user restarts after.
      Files.move(files.log(), files.previousLog(), StandardCopyOption.REPLACE_EXISTING);
    }
    PrivateFiles.createFile(files.log());
    ProcessBuilder builder =
        new ProcessBuilder(cmd)
            .directory(files.dir().toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(files.log().toFile()));
    File devNull = new File(File.separatorChar == '/' ? "/dev/null" : "NUL");
    if (devNull.exists()) {
      builder.redirectInput(devNull);
    }
    Process process = builder.start();
    try {
      int port = awaitPort(process, files.log(), timeout);
      Instant started = process.toHandle().info().startInstant().orElse(null);
      return new Started(new NodeRecord(process.pid(), port, started, binary.toString()), process);
    } catch (RuntimeException | Error e) {
      process.destroyForcibly();
      throw e;
    }
  }

  private static int awaitPort(Process process, Path log, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      String text = readLog(log);
      Matcher m = LISTENING.matcher(text);
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      if (!process.isAlive()) {
        throw new SandboxException(
            "anvil exited at start (code " + exitCode(process) + "): " + tail(text));
      }
      sleep(25);
    }
    throw new SandboxException(
        "anvil did not start listening within " + timeout.toSeconds() + "s: " + tail(readLog(log)));
  }

  /**
   * Asks the process to stop (SIGTERM, so anvil saves its state), and kills it if it has not exited
   * within {@code grace}. Returns true if it stopped cleanly.
   */
  static boolean stop(ProcessHandle process, Duration grace) {
    if (!process.isAlive()) {
      return true;
    }
    process.destroy();
    try {
      process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      process.destroyForcibly();
      awaitQuietly(process, Duration.ofSeconds(5));
      return false;
    } catch (ExecutionException e) {
      return !process.isAlive();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void awaitQuietly(ProcessHandle process, Duration timeout) {
    try {
      process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // Nothing more to do: it was killed.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String readLog(Path log) {
    try {
      return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static String tail(String text) {
    List<String> lines = text.strip().lines().toList();
    if (lines.isEmpty()) {
      return "it printed nothing";
    }
    return String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
  }

  private static String exitCode(Process process) {
    try {
      return Integer.toString(process.exitValue());
    } catch (IllegalThreadStateException running) {
      return "?";
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SandboxException("interrupted while starting the Sandbox", e);
    }
  }
}
