package io.abacus.app.explorer.index;

import io.abacus.app.explorer.SharedIndex;
import io.abacus.app.explorer.SharedIndexes;
import io.abacus.app.i18n.I18n;
import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.TaskExecutor;
import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.query.ExplorerQueries;
import io.abacus.wallet.network.Network;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Where a network's index lives: "a file on this computer" or "a shared PostgreSQL index" (host,
 * port, database, user, password, read-only, TLS mode and root certificate). {@link #apply()}
 * connects first and keeps the choice only if the index opens; the password goes to the secret
 * store, and an empty password field keeps the stored one.
 */
public final class IndexSourceViewModel {
  private final Network network;
  private final SharedIndexes shared;
  private final TaskExecutor executor;
  private final I18n i18n;
  private final Runnable onChanged;
  private final BooleanProperty useShared = new SimpleBooleanProperty(false);
  private final StringProperty host = new SimpleStringProperty("");
  private final StringProperty port =
      new SimpleStringProperty(String.valueOf(SharedIndex.DEFAULT_PORT));
  private final StringProperty database = new SimpleStringProperty("");
  private final StringProperty user = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final BooleanProperty readOnly = new SimpleBooleanProperty(true);
  private final StringProperty sslMode = new SimpleStringProperty(SharedIndex.DEFAULT_SSL_MODE);
  private final StringProperty sslRootCert = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

  /**
   * @param onChanged called on the UI thread once the network reads another index (reopen it)
   */
  public IndexSourceViewModel(
      Network network, SharedIndexes shared, TaskExecutor executor, I18n i18n, Runnable onChanged) {
    this.network = network;
    this.shared = shared;
    this.executor = executor;
    this.i18n = i18n;
    this.onChanged = onChanged;
    try {
      shared.get(network.id()).ifPresent(this::show);
    } catch (RuntimeException e) {
      error.set(String.valueOf(e.getMessage()));
    }
  }

  private void show(SharedIndex s) {
    useShared.set(true);
    host.set(s.host());
    port.set(String.valueOf(s.port()));
    database.set(s.database());
    user.set(s.user());
    readOnly.set(s.readOnly());
    sslMode.set(s.sslMode());
    sslRootCert.set(s.sslRootCert());
  }

  /** Keeps the choice: a shared index once it opens, or the file again. */
  public void apply() {
    if (busy.get()) {
      return;
    }
    error.set("");
    if (!useShared.get()) {
      run(BackgroundTask.ofRunnable(ctx -> shared.remove(network.id())), "");
      return;
    }
    SharedIndex index;
    try {
      index =
          new SharedIndex(
              host.get(),
              Integer.parseInt(port.get().strip()),
              database.get(),
              user.get(),
              readOnly.get(),
              sslMode.get(),
              sslRootCert.get());
    } catch (IllegalArgumentException e) { // NumberFormatException included
      error.set(i18n.get("explorer.index.shared.incomplete"));
      return;
    }
    if (!index.sslRootCert().isEmpty()
        && !java.nio.file.Files.isReadable(java.nio.file.Path.of(index.sslRootCert()))) {
      error.set(i18n.format("explorer.index.shared.sslRootCert.unreadable", index.sslRootCert()));
      return;
    }
    String typed = password.get() == null ? "" : password.get();
    run(
        BackgroundTask.ofRunnable(
            ctx -> {
              String pw = typed.isEmpty() ? shared.password(network.id()) : typed;
              check(index, pw);
              shared.put(network.id(), index, pw);
            }),
        typed);
  }

  /** Opens the index and reads its checkpoint: a server that answers is not yet an index. */
  private static void check(SharedIndex index, String password) {
    try (ExplorerQueries q =
        new ExplorerQueries(ExplorerDatabase.open(index.location(password)), 12)) {
      q.checkpoint();
    }
  }

  private void run(BackgroundTask<Void> task, String typed) {
    busy.set(true);
    executor.execute(
        task.onSuccess(
                v -> {
                  password.set("");
                  onChanged.run();
                })
            .onFailure(e -> error.set(i18n.format("explorer.index.shared.failed", line(e, typed))))
            .onFinished(() -> busy.set(false)));
  }

  /** The first line of the failure, without the typed password should a server echo it. */
  static String line(Throwable e, String password) {
    String m = String.valueOf(e.getMessage()).strip();
    int nl = m.indexOf('\n');
    if (nl >= 0) {
      m = m.substring(0, nl).strip();
    }
    return password.isEmpty() ? m : m.replace(password, "***");
  }

  public Network network() {
    return network;
  }

  /** True for "a shared PostgreSQL index", false for "a file on this computer". */
  public BooleanProperty useSharedProperty() {
    return useShared;
  }

  public StringProperty hostProperty() {
    return host;
  }

  public StringProperty portProperty() {
    return port;
  }

  public StringProperty databaseProperty() {
    return database;
  }

  public StringProperty userProperty() {
    return user;
  }

  /** Typed only; empty keeps the stored password. */
  public StringProperty passwordProperty() {
    return password;
  }

  public BooleanProperty readOnlyProperty() {
    return readOnly;
  }

  /** The driver's {@code sslmode}, one of {@link SharedIndex#SSL_MODES}. */
  public StringProperty sslModeProperty() {
    return sslMode;
  }

  /** The root certificate file's path ({@code sslrootcert}); empty: the driver's default. */
  public StringProperty sslRootCertProperty() {
    return sslRootCert;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }
}
