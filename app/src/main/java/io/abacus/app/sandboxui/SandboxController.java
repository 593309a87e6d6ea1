package io.abacus.app.sandboxui;

import io.abacus.app.sandbox.DemoActivity;
import io.abacus.app.sandbox.Sandbox;
import io.abacus.app.sandbox.SandboxStateException;
import io.abacus.app.settings.AppSettings;
import io.abacus.app.settings.Settings;
import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.Progress;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.task.TaskHandle;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.network.Network;
import java.math.BigDecimal;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Runs the Sandbox for the desktop app: starts its node in the background when the Sandbox is the
 * selected network, points the network at the node's URL, funds accounts and generates demo
 * activity. The node stops when Abacus exits (the back end's shutdown hook). Language-free: the bar
 * turns {@link State} and the counts into words.
 */
public final class SandboxController {
  /** Test ETH per "Get test ETH". */
  public static final BigDecimal FUND_ETH = BigDecimal.TEN;

  /** Test USD per "Get test ETH". */
  public static final BigDecimal FUND_TUSD = new BigDecimal("1000");

  /** The demo traffic's seed: the command line's default, the plan the back end's tests check. */
  static final long DEMO_SEED = 1;

  /** Where the Sandbox's node is. */
  public enum State {
    STOPPED,
    STARTING,
    RUNNING,
    FAILED
  }

  /** What the last action did, for the bar's message. */
  public enum Done {
    NONE,
    FUNDED,
    DEMO
  }

  private final Sandbox sandbox;
  private final AppSettings settings;
  private final TaskExecutor executor;
  private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.STOPPED);
  private final ReadOnlyBooleanWrapper lastGoodOffered = new ReadOnlyBooleanWrapper(false);
  private final ObjectProperty<Done> done = new SimpleObjectProperty<>(Done.NONE);
  private final StringProperty detail = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final DoubleProperty progress = new SimpleDoubleProperty(-1);
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final BooleanProperty selected = new SimpleBooleanProperty();
  private TaskHandle running;
  private int active;

  public SandboxController(Sandbox sandbox, AppSettings settings, TaskExecutor executor) {
    this.sandbox = sandbox;
    this.settings = settings;
    this.executor = executor;
    selected.set(sandboxSelected());
    settings.property().addListener((o, a, b) -> selected.set(sandboxSelected()));
  }

  /** True while the Sandbox is the selected network (the bar shows only then). */
  public BooleanProperty selectedProperty() {
    return selected;
  }

  public ObjectProperty<State> stateProperty() {
    return state;
  }

  public ObjectProperty<Done> doneProperty() {
    return done;
  }

  /** The node URL when running, else the error or empty. */
  public StringProperty detailProperty() {
    return detail;
  }

  /** What the last action that failed said, empty otherwise. */
  public StringProperty errorProperty() {
    return error;
  }

  /** 0..1 during demo activity, -1 when unknown. */
  public DoubleProperty progressProperty() {
    return progress;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  /** True when the selected network is the Sandbox. */
  public boolean sandboxSelected() {
    return sandboxNetwork().isPresent();
  }

  private Optional<Network> sandboxNetwork() {
    return settings.get().selectedNetwork().filter(n -> n.kind() == Network.Kind.SANDBOX);
  }

  /**
   * Starts the Sandbox now if it is selected, and whenever the user switches to it. The desktop app
   * calls this once its window is shown; tests start it explicitly.
   */
  public void enableAutoStart() {
    settings
        .property()
        .addListener(
            (o, previous, next) -> {
              if (!next.selectedNetworkId().equals(previous.selectedNetworkId())) {
                startIfSelected();
              }
            });
    // A URL saved by an earlier run points at a node that is gone; it gets a fresh one.
    sandboxNetwork()
        .filter(Network::hasRpcUrl)
        .ifPresent(n -> settings.update(s -> s.withNetwork(n.withRpcUrl(""))));
    startIfSelected();
  }

  /** Starts the Sandbox if it is the selected network and not running yet. */
  public void startIfSelected() {
    if (sandboxSelected() && state.get() != State.RUNNING && state.get() != State.STARTING) {
      start(() -> {});
    }
  }

  /** Starts the node (reusing a running one), then runs {@code then} on the UI thread. */
  public void start(Runnable then) {
    start(then, false);
  }

  /**
   * After anvil refused the state ({@link #lastGoodStateOfferedProperty()}): moves it aside and
   * starts from the last state that loaded fine.
   */
  public void startFromLastGoodState() {
    start(() -> {}, true);
  }

  /** True when a start failed on the state and a last good state can be started from. */
  public ReadOnlyBooleanProperty lastGoodStateOfferedProperty() {
    return lastGoodOffered.getReadOnlyProperty();
  }

  private void start(Runnable then, boolean fromLastGoodState) {
    state.set(State.STARTING);
    detail.set("");
    lastGoodOffered.set(false);
    run(
        BackgroundTask.of(
                c -> {
                  c.progress(Progress.indeterminate("starting"));
                  Sandbox.Started s = sandbox.start(false, fromLastGoodState);
                  return s.status();
                })
            .onSuccess(
                status -> {
                  pointAt(status.rpcUrl());
                  detail.set(status.rpcUrl());
                  state.set(State.RUNNING);
                  then.run();
                }),
        e -> {
          detail.set(String.valueOf(e.getMessage()));
          lastGoodOffered.set(
              e instanceof SandboxStateException refused && refused.lastGood().isPresent());
          state.set(State.FAILED);
        });
  }

  private void pointAt(String url) {
    settings.update(
        s -> {
          Settings current = s;
          for (Network n : current.networks()) {
            if (n.kind() == Network.Kind.SANDBOX) {
              current = current.withNetwork(n.withRpcUrl(url));
            }
          }
          return current;
        });
  }

  /** "Get test ETH": 10 ETH and 1,000 TUSD to {@code account}, starting the node if needed. */
  public void fund(Address account) {
    whenRunning(
        () ->
            run(
                BackgroundTask.ofRunnable(
                        c -> {
                          sandbox.fund(account, FUND_ETH);
                          sandbox.fundTestUsd(account, FUND_TUSD);
                        })
                    .onSuccess(v -> done.set(Done.FUNDED))));
  }

  /** "Generate demo activity", with progress; can be cancelled between blocks. */
  public void demoActivity() {
    int blocks = DemoActivity.DEFAULT_BLOCKS;
    whenRunning(
        () ->
            run(
                BackgroundTask.of(
                        c ->
                            sandbox.demoActivity(
                                DEMO_SEED,
                                blocks,
                                n -> {
                                  c.checkCancelled();
                                  c.progress(new Progress((double) n / blocks, ""));
                                }))
                    .onProgress(p -> progress.set(p.fraction()))
                    .onSuccess(r -> done.set(Done.DEMO))));
  }

  /**
   * Stops the node if this app runs it (blocking; at exit or in tests). The back end's shutdown
   * hook does the same when the JVM exits.
   */
  public void stopNow() {
    sandbox.stop();
  }

  /** Cancels the running action. */
  public void cancel() {
    if (running != null) {
      running.cancel();
    }
  }

  private void whenRunning(Runnable action) {
    done.set(Done.NONE);
    if (state.get() == State.RUNNING) {
      action.run();
    } else {
      start(action);
    }
  }

  private <T> void run(BackgroundTask<T> task) {
    run(task, e -> {});
  }

  private <T> void run(
      BackgroundTask<T> task, java.util.function.Consumer<Throwable> alsoOnFailure) {
    active++;
    error.set("");
    busy.set(true);
    progress.set(-1);
    running =
        executor.execute(
            task.onFailure(
                    e -> {
                      error.set(String.valueOf(e.getMessage()));
                      alsoOnFailure.accept(e);
                    })
                .onFinished(
                    () -> {
                      active--;
                      busy.set(active > 0);
                    }));
  }
}
