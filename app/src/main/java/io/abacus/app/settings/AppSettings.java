package io.abacus.app.settings;

import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.TaskExecutor;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The app's current settings, shared by every screen: a change made anywhere (the settings page,
 * the sidebar's network switcher) is visible everywhere at once and saved off the UI thread.
 */
public final class AppSettings {
  private final SettingsStore store;
  private final TaskExecutor executor;
  private final ReadOnlyObjectWrapper<Settings> current;
  private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper("");

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
    current.set(next);
    executor.execute(
        BackgroundTask.ofRunnable(ctx -> store.save(next))
            .onSuccess(v -> saveError.set(""))
            .onFailure(e -> saveError.set(String.valueOf(e.getMessage()))));
  }
}
