package io.abacus.app.explorer;

import io.abacus.app.i18n.I18n;
import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.TaskExecutor;
import io.abacus.explorer.export.Exports;
import java.nio.file.Path;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Writes a table to a CSV file in the background (written aside and moved into place by {@link
 * Exports#toFile}) and reports how many rows were written.
 */
public final class CsvExport {
  private final TaskExecutor executor;
  private final I18n i18n;
  private final StringProperty status = new SimpleStringProperty("");

  public CsvExport(TaskExecutor executor, I18n i18n) {
    this.executor = executor;
    this.i18n = i18n;
  }

  public void export(Path file, Exports.Body body) {
    status.set(i18n.get("explorer.export.running"));
    executor.execute(
        BackgroundTask.of(ctx -> Exports.toFile(file, body))
            .onSuccess(rows -> status.set(i18n.format("explorer.export.done", rows, file)))
            .onFailure(e -> status.set(i18n.format("explorer.export.failed", e.getMessage()))));
  }

  public StringProperty statusProperty() {
    return status;
  }
}
