package io.abacus.explorer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The honest indexing comparison of issue 20: the node's raw answer fetched by a script that is not
 * Abacus's code path ({@code tools/bench/raw_fetch.py}: batches of 25, two workers, bytes read and
 * discarded) against the whole {@code abacus index} process, JVM start included, alternated in the
 * same run.
 */
final class WholeProcessBench {
  private final Path root;
  private final String rpcUrl;
  private final long last;

  /**
   * @param root the repository root (holds {@code abacus} and {@code tools/})
   * @param last the last block to fetch and index, from block 0
   */
  WholeProcessBench(Path root, String rpcUrl, long last) {
    this.root = root;
    this.rpcUrl = rpcUrl;
    this.last = last;
  }

  /** Seconds of each kind, in run order. */
  record Times(double[] ceiling, double[] process) {
    double bestCeiling() {
      return Arrays.stream(ceiling).min().orElseThrow();
    }

    double medianCeiling() {
      return median(ceiling);
    }

    double medianProcess() {
      return median(process);
    }

    double bestProcess() {
      return Arrays.stream(process).min().orElseThrow();
    }

    private static double median(double[] values) {
      double[] v = values.clone();
      Arrays.sort(v);
      return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
  }

  /** {@code rounds} times: the raw ceiling, then a whole index process into a fresh file. */
  Times run(int rounds, Path dir) throws IOException, InterruptedException {
    double[] ceiling = new double[rounds];
    double[] process = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      ceiling[i] = ceiling();
      Path db = dir.resolve("process-" + i + ".db");
      process[i] = process(db);
    }
    return new Times(ceiling, process);
  }

  /** Seconds the raw fetch takes, as the script measures it (Python start not included). */
  double ceiling() throws IOException, InterruptedException {
    String out =
        exec(
            List.of(
                "python3",
                root.resolve("tools/bench/raw_fetch.py").toString(),
                rpcUrl,
                "0",
                Long.toString(last)));
    String[] words = out.strip().split("\\s+");
    if (words.length < 2 || !words[0].equals("seconds")) {
      throw new IllegalStateException("raw_fetch.py printed: " + out);
    }
    return Double.parseDouble(words[1]);
  }

  /** Seconds of {@code abacus index --rpc URL --db FILE --to LAST}, JVM start included. */
  double process(Path db) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(root.resolve("abacus").toString());
    command.addAll(
        List.of("index", "--rpc", rpcUrl, "--db", db.toString(), "--to", Long.toString(last)));
    long t = System.nanoTime();
    exec(command);
    return (System.nanoTime() - t) / 1e9;
  }

  private static String exec(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException(
          String.join(" ", command)
              + " failed (exit "
              + (p.isAlive() ? "none, still running" : p.exitValue())
              + "): "
              + new String(out, StandardCharsets.UTF_8));
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  static boolean available(Path root) {
    return Files.isExecutable(root.resolve("abacus"))
        && Files.isRegularFile(root.resolve("app/target/abacus-app.jar"));
  }
}
