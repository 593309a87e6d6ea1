package io.abacus.app.settings;

import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.TaskExecutor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The app's current settings, shared by every screen: a change made anywhere (the settings page,
 * the sidebar's network switcher) is visible everywhere at once and saved off the UI thread. It is
 * the one source of truth for the selected network; pages only show it and ask it to change. Used
 * on the FX thread only.
 */
public final class AppSettings {
  private final SettingsStore store;
  private final TaskExecutor executor;
  private final ReadOnlyObjectWrapper<Settings> current;
  private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper("");
  private final Deque<UnaryOperator<Settings>> queued = new ArrayDeque<>();
  private boolean publishing;
  private int pendingSaves;

  public AppSettings(Settings initial, SettingsStore store, TaskExecutor executor) {
    this.store = store;
    this.executor = executor;
    this.current = new ReadOnlyObjectWrapper<>(initial);
  }

  public ReadOnlyObjectProperty<Settings> property() {
    return current.getReadOnlyProperty();
  }

  public Settings get() {
    return current.get();
  }

  /** The last save failure (empty when the last save worked). */
  public ReadOnlyStringProperty saveErrorProperty() {
    return saveError.getReadOnlyProperty();
  }

  /**
   * Applies {@code change}; when it changes anything, publishes and saves the result.
   *
   * @throws IllegalArgumentException from the change itself (e.g. an unknown network)
   */
  public void update(UnaryOperator<Settings> change) {
    Settings next = change.apply(current.get());
    if (next.equals(current.get())) {
      return;
    }
    if (publishing) {
      // A listener reacting to the value being published (a combo box echoing its new items, a
      // page writing its fields back) must not start a nested publication: nested changes reached
      // the other listeners out of order and the pages called each other until the stack overflowed
      // (issue 13). The change is applied once the current publication has reached everyone.
      queued.add(change);
      return;
    }
    publish(next, change, current.get());
    while (!queued.isEmpty()) {
      Settings then;
      UnaryOperator<Settings> queuedChange = queued.poll();
      try {
        then = queuedChange.apply(current.get());
      } catch (IllegalArgumentException e) {
        continue; // a queued change no longer applies (e.g. its network was removed meanwhile)
      }
      if (!then.equals(current.get())) {
        publish(then, queuedChange, current.get());
      }
    }
  }

  private void publish(Settings next, UnaryOperator<Settings> change, Settings before) {
    show(next);
    save(change, before);
  }

  private void show(Settings next) {
    publishing = true;
    try {
      current.set(next);
    } finally {
      publishing = false;
    }
  }

  /**
   * Applies the same change to the file as it is on disk now (under its lock), so that changes
   * another Abacus process made meanwhile are kept; once every save has landed, what the file holds
   * (ours and theirs) is shown.
   *
   * @param ifMissing the settings the change was applied to, used when there is no file yet
   */
  private void save(UnaryOperator<Settings> change, Settings ifMissing) {
    pendingSaves++;
    executor.execute(
        BackgroundTask.of(ctx -> store.update(change, ifMissing))
            .onSuccess(
                saved -> {
                  saveError.set("");
                  if (--pendingSaves == 0 && !saved.equals(current.get()) && !publishing) {
                    show(saved);
                  }
                })
            .onFailure(
                e -> {
                  pendingSaves--;
                  saveError.set(String.valueOf(e.getMessage()));
                }));
  }
}
