package io.abacus.app.sandbox;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.storage.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in Sandbox network: a local anvil node (chain id 31337) whose state lives in {@code
 * <data>/sandbox}, with the Test USD token deployed on first start. One instance per data folder;
 * other processes find a running node through {@code node.json}. Every method blocks on the node
 * (call them off the UI thread).
 */
public final class Sandbox {
  private static final Logger log = LoggerFactory.getLogger(Sandbox.class);
  private static final int STATE_INTERVAL_SECONDS = 5;
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration STOP_GRACE = Duration.ofSeconds(20);
  private static final Duration STATUS_TIMEOUT = Duration.ofSeconds(5);

  private final SandboxFiles files;
  private final Supplier<Path> binary;
  private final NodeRecordStore records;
  private final SandboxInfo info;
  private Process owned;
  private Thread shutdownHook;
  private volatile boolean stopRequested;

  /** A Sandbox in {@code files}, started with the anvil {@code binary} resolves to. */
  public Sandbox(SandboxFiles files, Supplier<Path> binary) {
    this.files = files;
    this.binary = binary;
    this.records = new NodeRecordStore(files.nodeRecord());
    this.info = new SandboxInfo(files.info());
  }

  /** The Sandbox of {@code dataDirectory}, with anvil found as {@link AnvilBinary} says. */
  public static Sandbox inDataDirectory(Path dataDirectory, Map<String, String> env) {
    return new Sandbox(SandboxFiles.in(dataDirectory), AnvilBinary.forThisProcess(env)::resolve);
  }

  public SandboxFiles files() {
    return files;
  }

  /** What {@link #start} did. */
  public record Started(SandboxStatus status, boolean alreadyRunning, List<String> notes) {
    public Started {
      notes = List.copyOf(notes);
    }
  }

  /**
   * Starts the node unless one runs already, and deploys Test USD and the multi-send contract if
   * the chain lacks them.
   *
   * @param detached true: the node outlives this process (stop it with {@link #stop()}); false:
   *     this process owns it and stops it on exit
   */
  public Started start(boolean detached) {
    return start(detached, false);
  }

  /**
   * Like {@link #start(boolean)}; with {@code fromLastGoodState}, the current state is first moved
   * aside and the last state anvil loaded fine put in its place (after a {@link
   * SandboxStateException}).
   */
  public synchronized Started start(boolean detached, boolean fromLastGoodState) {
    try (FileChannel lock = FolderLock.acquire(files.lock(), START_TIMEOUT.multipliedBy(2))) {
      Optional<NodeRecord> live = records.live();
      if (live.isPresent()) {
        SandboxChain chain = SandboxChain.connect(live.get().rpcUrl());
        Address token = ensureToken(chain);
        ensureMultiSend(chain);
        return new Started(status(live.get(), token, chain), true, List.of());
      }
      Path anvil = binary.get();
      StateGuard guard = new StateGuard(files, Clock.systemUTC());
      List<String> notes = new ArrayList<>();
      if (fromLastGoodState) {
        notes.add(guard.useLastGood());
      }
      notes.addAll(guard.prepare());
      AnvilProcess.Started started = launch(anvil, detached, guard);
      try {
        records.write(started.record());
        SandboxChain chain = SandboxChain.connect(started.record().rpcUrl());
        awaitReady(chain);
        guard.loaded();
        Address token = ensureToken(chain);
        ensureMultiSend(chain);
        if (!detached) {
          own(started.process());
        }
        log.info(
            "Sandbox node started: pid {}, {}, {}",
            started.record().pid(),
            started.record().rpcUrl(),
            detached ? "detached" : "owned by this process");
        return new Started(status(started.record(), token, chain), false, notes);
      } catch (RuntimeException | Error e) {
        AnvilProcess.stop(started.process().toHandle(), STOP_GRACE);
        records.delete();
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot start the Sandbox in " + files.dir() + ": " + e.getMessage(), e);
    }
  }

  private AnvilProcess.Started launch(Path anvil, boolean detached, StateGuard guard)
      throws IOException {
    boolean hadState = Files.exists(files.state());
    try {
      return AnvilProcess.launch(anvil, files, detached, STATE_INTERVAL_SECONDS, START_TIMEOUT);
    } catch (SandboxException e) {
      throw hadState ? guard.explain(e) : e;
    }
  }

  /**
   * Stops the running node (it saves its state first). Returns false if none was running.
   *
   * @throws SandboxException if it had to be killed (its latest changes may be lost)
   */
  public synchronized boolean stop() {
    try (FileChannel lock = FolderLock.acquire(files.lock(), START_TIMEOUT.multipliedBy(2))) {
      Optional<NodeRecord> live = records.live();
      if (live.isEmpty()) {
        return false;
      }
      Optional<ProcessHandle> handle = live.get().liveProcess();
      if (handle.isEmpty()) {
        records.delete(); // it exited a moment ago
        return false;
      }
      ProcessHandle process = handle.get();
      stopRequested = true;
      log.info("stopping the Sandbox node, pid {}", process.pid());
      boolean clean = AnvilProcess.stop(process, STOP_GRACE);
      records.delete();
      PrivateFiles.restrictIfExists(files.state()); // anvil created it with its own umask
      disown();
      if (!clean) {
        throw new SandboxException(
            "the Sandbox node did not stop within " + STOP_GRACE.toSeconds() + "s and was killed");
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot stop the Sandbox in " + files.dir() + ": " + e.getMessage(), e);
    }
  }

  /** The current status; a stale {@code node.json} (process gone) is removed. */
  public SandboxStatus status() {
    Optional<NodeRecord> live = records.live();
    Address token = info.tokenAddress().orElse(null);
    if (live.isEmpty()) {
      return SandboxStatus.stopped(token);
    }
    // A quick answer: a node that takes longer is reported as not answering.
    return status(live.get(), token, SandboxChain.connect(live.get().rpcUrl(), STATUS_TIMEOUT));
  }

  /**
   * The running node's chain, checked to be the Sandbox's.
   *
   * @throws SandboxException if the Sandbox is not running
   */
  public SandboxChain chain() {
    NodeRecord node =
        records
            .live()
            .orElseThrow(
                () ->
                    new SandboxException(
                        "the Sandbox is not running; start it with 'abacus sandbox start'"));
    SandboxChain chain = SandboxChain.connect(node.rpcUrl());
    long id = chain.chainId();
    if (id != SandboxNetwork.CHAIN_ID) {
      throw new SandboxException(
          "the node at " + node.rpcUrl() + " reports chain id " + id + ", not the Sandbox's");
    }
    return chain;
  }

  /**
   * The Test USD contract of the running Sandbox.
   *
   * @throws SandboxException if not running or not deployed
   */
  public Address testUsd() {
    SandboxChain chain = chain();
    return info.tokenAddress()
        .filter(chain::hasCode)
        .orElseThrow(
            () ->
                new SandboxException("Test USD is not deployed; restart the Sandbox to deploy it"));
  }

  /** "Get test ETH": adds {@code eth} to the account's balance; returns the new balance in wei. */
  public BigInteger fund(Address account, BigDecimal eth) {
    return chain().fund(account, eth);
  }

  /** Mints {@code amount} Test USD to the account; returns its new TUSD balance in base units. */
  public BigInteger fundTestUsd(Address account, BigDecimal amount) {
    return chain().mintTestUsd(testUsd(), account, amount);
  }

  /**
   * "Generate demo activity": {@code blocks} blocks of payments between the demo businesses,
   * planned from {@code seed}; also writes their names to {@code labels.json}.
   */
  public DemoActivity.Result demoActivity(long seed, int blocks) {
    return demoActivity(seed, blocks, done -> {});
  }

  /**
   * Like {@link #demoActivity(long, int)}, reporting the blocks mined so far to {@code progress}.
   */
  public DemoActivity.Result demoActivity(long seed, int blocks, IntConsumer progress) {
    SandboxChain chain = chain();
    Address token = testUsd();
    DemoActivity.Result result = new DemoActivity(chain, token).run(seed, blocks, progress);
    new SandboxLabels(files.labels()).write(DemoBusiness.all(), token);
    return result;
  }

  private SandboxStatus status(NodeRecord node, Address token, SandboxChain chain) {
    long block;
    try {
      block = chain.blockNumber();
    } catch (SandboxException notAnswering) {
      block = -1;
    }
    return new SandboxStatus(
        true, node.pid(), node.rpcUrl(), SandboxNetwork.CHAIN_ID, token, block);
  }

  private void awaitReady(SandboxChain chain) {
    long id = chain.chainId();
    if (id != SandboxNetwork.CHAIN_ID) {
      throw new SandboxException("the Sandbox state is for chain id " + id + ", not 31337");
    }
  }

  private Address ensureToken(SandboxChain chain) {
    Optional<Address> recorded = info.tokenAddress().filter(chain::hasCode);
    if (recorded.isPresent()) {
      return recorded.get();
    }
    Address token = chain.deployTestUsd();
    info.recordToken(token);
    return token;
  }

  /**
   * Deploys the multi-send contract unless the chain has it (after Test USD, whose address stays).
   */
  private void ensureMultiSend(SandboxChain chain) {
    if (info.multiSendAddress().filter(chain::hasCode).isEmpty()) {
      info.recordMultiSend(chain.deployMultiSend());
    }
  }

  /**
   * The multi-send contract of the running Sandbox, if deployed (for "one transaction for all rows"
   * payouts).
   */
  public Optional<Address> multiSend() {
    SandboxChain chain = chain();
    return info.multiSendAddress().filter(chain::hasCode);
  }

  private void own(Process process) {
    owned = process;
    shutdownHook =
        new Thread(
            () -> {
              stopRequested = true;
              AnvilProcess.stop(process.toHandle(), STOP_GRACE);
              records.deleteIfFor(process.pid());
            },
            "sandbox-stop");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  private void disown() {
    if (shutdownHook != null) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running or will run; it stops the process.
      }
    }
    owned = null;
    shutdownHook = null;
  }

  /**
   * Blocks until the node this instance owns exits (for {@code sandbox start --foreground}).
   *
   * @throws SandboxException if it crashed or was killed
   */
  public void awaitOwnedExit() throws InterruptedException {
    Process process = owned;
    if (process == null) {
      return;
    }
    int code = process.waitFor();
    // anvil exits with 0 when asked to stop (SIGTERM or Ctrl-C, from here or 'sandbox stop').
    if (!stopRequested && code != 0) {
      records.deleteIfFor(process.pid());
      throw new SandboxException(
          "the Sandbox node exited by itself (code " + code + "); see " + files.log());
    }
  }
}
