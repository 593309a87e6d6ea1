package io.abacus.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A running anvil node on 127.0.0.1, bound to a port the OS chose. Start with {@link
 * #start(AnvilOptions)}; {@link #close()} always stops it.
 */
public final class Anvil implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("Listening on 127\\.0\\.0\\.1:(\\d+)");
  private static final Pattern ACCOUNT = Pattern.compile("^\\((\\d+)\\) (0x[0-9a-fA-F]{40})\\b");
  private static final Pattern KEY = Pattern.compile("^\\((\\d+)\\) (0x[0-9a-fA-F]{64})$");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final int port;
  private final long chainId;
  private final List<DevAccount> accounts;
  private final HttpClient http;
  private final AtomicInteger ids = new AtomicInteger();
  private final Thread shutdownHook;

  private Anvil(Process process, int port, long chainId, List<DevAccount> accounts) {
    this.process = process;
    this.port = port;
    this.chainId = chainId;
    this.accounts = List.copyOf(accounts);
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    this.shutdownHook = new Thread(process::destroyForcibly, "anvil-stop");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** Starts anvil and returns once it answers {@code eth_chainId}. */
  public static Anvil start(AnvilOptions options) {
    Path binary = ProjectPaths.anvilBinary();
    if (!Files.isExecutable(binary)) {
      throw new IllegalStateException(
          "anvil not found at " + binary + ": run tools/devchain/install.sh (or mvn verify)");
    }
    List<String> cmd = new ArrayList<>();
    cmd.addAll(
        List.of(
            binary.toString(),
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--chain-id",
            Long.toString(options.chainId()),
            "--mnemonic",
            AnvilOptions.TEST_MNEMONIC,
            "--color",
            "never"));
    if (!options.automine()) {
      cmd.add("--no-mining");
    }
    cmd.addAll(options.extraArgs());
    Process process;
    try {
      process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start anvil at " + binary, e);
    }
    StartupLog log = new StartupLog(process);
    try {
      int port = log.awaitPort(START_TIMEOUT);
      Anvil anvil = new Anvil(process, port, options.chainId(), log.accounts());
      anvil.awaitReady(START_TIMEOUT);
      return anvil;
    } catch (RuntimeException | Error e) {
      process.destroyForcibly();
      throw e;
    }
  }

  /** The HTTP JSON-RPC endpoint, e.g. {@code http://127.0.0.1:34567}. */
  public String rpcUrl() {
    return "http://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  public long chainId() {
    return chainId;
  }

  /** The ten funded accounts of the test mnemonic, in index order. */
  public List<DevAccount> accounts() {
    return accounts;
  }

  public DevAccount account(int index) {
    return accounts.get(index);
  }

  /** Calls a JSON-RPC method and returns its {@code result}; a JSON-RPC error throws. */
  public JsonNode call(String method, Object... params) {
    ObjectNode request = JSON.createObjectNode();
    request.put("jsonrpc", "2.0");
    request.put("id", ids.incrementAndGet());
    request.put("method", method);
    ArrayNode array = request.putArray("params");
    for (Object p : params) {
      array.add(JSON.valueToTree(p));
    }
    try {
      HttpRequest httpRequest =
          HttpRequest.newBuilder(URI.create(rpcUrl()))
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request)))
              .build();
      HttpResponse<String> response = http.send(httpRequest, HttpResponse.BodyHandlers.ofString());
      JsonNode body = JSON.readTree(response.body());
      if (body.hasNonNull("error")) {
        throw new IllegalStateException(method + " failed: " + body.get("error"));
      }
      return body.get("result");
    } catch (IOException e) {
      throw new UncheckedIOException(method + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during " + method, e);
    }
  }

  /**
   * Mines {@code blocks} blocks, at most 200 per call: anvil's mining slows as the chain grows, and
   * one call for thousands of blocks can outlast the call timeout on a busy machine.
   */
  public void mine(int blocks) {
    for (int left = blocks; left > 0; left -= 200) {
      call("anvil_mine", "0x" + Integer.toHexString(Math.min(200, left)));
    }
  }

  /** Turns automatic mining of each transaction on or off. */
  public void setAutomine(boolean on) {
    call("evm_setAutomine", on);
  }

  /** Takes a snapshot of the chain state; returns its id for {@link #revert(String)}. */
  public String snapshot() {
    return call("evm_snapshot").asText();
  }

  /** Reverts the chain to a snapshot, dropping every later block. */
  public void revert(String snapshotId) {
    if (!call("evm_revert", snapshotId).asBoolean()) {
      throw new IllegalStateException("evm_revert refused snapshot " + snapshotId);
    }
  }

  /** The current head block number. */
  public long blockNumber() {
    return Long.decode(call("eth_blockNumber").asText());
  }

  public boolean isRunning() {
    return process.isAlive();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is already exiting; the hook stops the process.
    }
  }

  private void awaitReady(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    RuntimeException last = null;
    while (System.nanoTime() < deadline) {
      try {
        long reported = Long.decode(call("eth_chainId").asText());
        if (reported != chainId) {
          throw new IllegalStateException("anvil reports chain id " + reported);
        }
        return;
      } catch (UncheckedIOException e) {
        last = e;
        sleep(50);
      }
    }
    throw new IllegalStateException("anvil did not answer eth_chainId in " + timeout, last);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Reads anvil's banner on a daemon thread (and keeps draining it so anvil never blocks). */
  private static final class StartupLog {
    private final CountDownLatch listening = new CountDownLatch(1);
    private final List<String> addresses = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private volatile int port = -1;
    private final StringBuilder banner = new StringBuilder();

    StartupLog(Process process) {
      Thread reader = new Thread(() -> drain(process), "anvil-output");
      reader.setDaemon(true);
      reader.start();
    }

    private void drain(Process process) {
      try (BufferedReader in =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          if (listening.getCount() > 0) {
            parse(line.strip());
          }
        }
      } catch (IOException ignored) {
        // The process ended; nothing more to read.
      } finally {
        listening.countDown();
      }
    }

    private synchronized void parse(String line) {
      banner.append(line).append('\n');
      Matcher m;
      if ((m = ACCOUNT.matcher(line)).find()) {
        addresses.add(m.group(2));
      } else if ((m = KEY.matcher(line)).find()) {
        keys.add(m.group(2));
      } else if ((m = LISTENING.matcher(line)).find()) {
        port = Integer.parseInt(m.group(1));
        listening.countDown();
      }
    }

    int awaitPort(Duration timeout) {
      try {
        if (!listening.await(timeout.toMillis(), TimeUnit.MILLISECONDS) || port < 0) {
          throw new IllegalStateException("anvil did not start; it printed:\n" + bannerText());
        }
        return port;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while starting anvil", e);
      }
    }

    synchronized List<DevAccount> accounts() {
      List<DevAccount> result = new ArrayList<>();
      for (int i = 0; i < Math.min(addresses.size(), keys.size()); i++) {
        result.add(new DevAccount(i, addresses.get(i), keys.get(i)));
      }
      return result;
    }

    private synchronized String bannerText() {
      return banner.toString();
    }
  }
}
