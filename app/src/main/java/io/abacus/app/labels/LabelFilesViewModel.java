package io.abacus.app.labels;

import io.abacus.app.explorer.IndexSession;
import io.abacus.app.i18n.I18n;
import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.TaskExecutor;
import io.abacus.app.ui.RecentFolder;
import io.abacus.explorer.labels.LabelTransfer;
import io.abacus.explorer.labels.LabelTransfer.LineResult;
import io.abacus.explorer.labels.LabelTransfer.Outcome;
import io.abacus.explorer.query.IndexLabels;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Imports and exports the labels of a network's explorer index as BIP-329 JSON Lines, with the same
 * {@link LabelTransfer} as {@code abacus labels import|export}; an import reports what it did with
 * each line of the file (added, updated, skipped and why).
 */
public final class LabelFilesViewModel {
  private final IndexSession session;
  private final TaskExecutor executor;
  private final I18n i18n;
  private final RecentFolder folders;
  private final ObservableList<Line> report = FXCollections.observableArrayList();
  private final StringProperty status = new SimpleStringProperty("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

  /** One line of the import report, as the list shows it. */
  public record Line(int number, Outcome outcome, String text) {}

  public LabelFilesViewModel(
      IndexSession session, TaskExecutor executor, I18n i18n, RecentFolder folders) {
    this.session = session;
    this.executor = executor;
    this.i18n = i18n;
    this.folders = folders;
  }

  /** Imports {@code file} into the index (created if this network has none yet). */
  public void importFile(Path file) {
    folders.remember(file);
    busy.set(true);
    report.clear();
    status.set(i18n.get("explorer.labels.importing"));
    executor.execute(
        BackgroundTask.of(
                ctx -> {
                  try (IndexLabels labels = new IndexLabels(session.create())) {
                    return new LabelTransfer(labels).importFile(file);
                  }
                })
            .onSuccess(
                r -> {
                  busy.set(false);
                  report.setAll(r.lines().stream().map(this::line).toList());
                  status.set(summary(r));
                })
            .onFailure(
                e -> {
                  busy.set(false);
                  status.set(i18n.format("explorer.labels.failed", e.getMessage()));
                }));
  }

  /** Writes every label of the index to {@code file} (the previous file kept as its backup). */
  public void exportFile(Path file) {
    folders.remember(file);
    busy.set(true);
    report.clear();
    status.set(i18n.get("explorer.labels.exporting"));
    executor.execute(
        BackgroundTask.of(
                ctx -> {
                  if (!session.exists()) {
                    throw new IndexSession.NoIndexException(session.network().name());
                  }
                  try (IndexLabels labels = new IndexLabels(session.create())) {
                    return new LabelTransfer(labels).exportFile(file);
                  }
                })
            .onSuccess(
                n -> {
                  busy.set(false);
                  status.set(i18n.format("explorer.labels.exported", n, file));
                })
            .onFailure(
                e -> {
                  busy.set(false);
                  status.set(i18n.format("explorer.labels.failed", e.getMessage()));
                }));
  }

  private Line line(LineResult l) {
    String outcome =
        i18n.get("explorer.labels.outcome." + l.outcome().name().toLowerCase(Locale.ROOT));
    String ref = l.ref() == null ? "" : l.ref();
    String text =
        l.reason() == null
            ? i18n.format("explorer.labels.line", l.line(), outcome, ref)
            : i18n.format(
                "explorer.labels.lineWhy",
                l.line(),
                outcome,
                ref,
                i18n.format(
                    "explorer.labels.why." + l.reason().name().toLowerCase(Locale.ROOT),
                    l.detail() == null ? "" : l.detail()));
    return new Line(l.line(), l.outcome(), text.replaceAll(" {2,}", " ").strip());
  }

  private String summary(LabelTransfer.ImportReport r) {
    return i18n.format(
        "explorer.labels.imported",
        r.count(Outcome.ADDED),
        r.count(Outcome.UPDATED),
        r.count(Outcome.REMOVED),
        r.count(Outcome.UNCHANGED),
        r.count(Outcome.SKIPPED),
        r.count(Outcome.ERROR));
  }

  /** What the last import did, line by line (empty after an export). */
  public ObservableList<Line> report() {
    return report;
  }

  /** The outcomes of the report's lines, for tests and the summary. */
  public List<Outcome> outcomes() {
    return report.stream().map(Line::outcome).toList();
  }

  public StringProperty statusProperty() {
    return status;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** The folder the file choosers open in. */
  public RecentFolder folders() {
    return folders;
  }
}
