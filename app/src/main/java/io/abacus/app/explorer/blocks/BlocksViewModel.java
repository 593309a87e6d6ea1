package io.abacus.app.explorer.blocks;

import io.abacus.app.explorer.CsvExport;
import io.abacus.app.explorer.IndexSession;
import io.abacus.app.i18n.I18n;
import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.TaskExecutor;
import io.abacus.explorer.db.Checkpoint;
import io.abacus.explorer.export.Exports;
import io.abacus.explorer.query.QueryRecords;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Blocks newest first, one page of {@value #PAGE} at a time from the index. */
public final class BlocksViewModel {
  static final int PAGE = 100;
  private final IndexSession session;
  private final TaskExecutor executor;
  private final I18n i18n;
  private final ObservableList<QueryRecords.Block> blocks = FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper hasNewer = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper hasOlder = new ReadOnlyBooleanWrapper();
  private final StringProperty status = new SimpleStringProperty("");
  private final CsvExport export;
  private long first = -1;
  private long last = -1;
  private long top = -1;

  public BlocksViewModel(IndexSession session, TaskExecutor executor, I18n i18n) {
    this.session = session;
    this.executor = executor;
    this.i18n = i18n;
    this.export = new CsvExport(executor, i18n);
  }

  /** Shows the newest page. */
  public void newest() {
    load(Long.MAX_VALUE);
  }

  public void older() {
    if (top >= 0) {
      load(top - PAGE);
    }
  }

  public void newer() {
    if (top >= 0) {
      load(top + PAGE);
    }
  }

  private void load(long wantedTop) {
    executor.execute(
        BackgroundTask.of(
                ctx -> {
                  Checkpoint cp = session.explorer().checkpoint().orElse(null);
                  if (cp == null || cp.isEmpty()) {
                    return new Page(-1, -1, -1, List.<QueryRecords.Block>of());
                  }
                  long lastBlock = cp.nextBlock() - 1;
                  long t = Math.max(cp.firstBlock(), Math.min(wantedTop, lastBlock));
                  long from = Math.max(cp.firstBlock(), t - PAGE + 1);
                  List<QueryRecords.Block> page =
                      new ArrayList<>(session.explorer().blocks(from, t));
                  java.util.Collections.reverse(page);
                  return new Page(cp.firstBlock(), lastBlock, t, page);
                })
            .onSuccess(this::show)
            .onFailure(e -> status.set(String.valueOf(e.getMessage()))));
  }

  private record Page(long first, long last, long top, List<QueryRecords.Block> blocks) {}

  private void show(Page p) {
    first = p.first();
    last = p.last();
    top = p.top();
    blocks.setAll(p.blocks());
    hasNewer.set(top >= 0 && top < last);
    hasOlder.set(top >= 0 && top - PAGE >= first);
    status.set(
        top < 0
            ? i18n.get("explorer.index.empty")
            : i18n.format("explorer.blocks.range", Math.max(first, top - PAGE + 1), top, last));
  }

  /** Exports every indexed block to {@code file}. */
  public void exportCsv(Path file) {
    long from = first;
    long to = last;
    if (from < 0) {
      return;
    }
    export.export(
        file, out -> Exports.blocks(session.explorer(), from, to, session.csvLabels(), out));
  }

  public ObservableList<QueryRecords.Block> blocks() {
    return blocks;
  }

  public ReadOnlyBooleanProperty hasNewerProperty() {
    return hasNewer.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty hasOlderProperty() {
    return hasOlder.getReadOnlyProperty();
  }

  public StringProperty statusProperty() {
    return status;
  }

  public StringProperty exportStatusProperty() {
    return export.statusProperty();
  }
}
