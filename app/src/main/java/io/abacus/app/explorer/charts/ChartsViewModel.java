package io.abacus.app.explorer.charts;

import io.abacus.app.explorer.CsvExport;
import io.abacus.app.explorer.IndexSession;
import io.abacus.app.i18n.I18n;
import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.TaskExecutor;
import io.abacus.explorer.db.Checkpoint;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.wallet.csv.CsvWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Daily transactions, value moved and fees over the last {@value #MAX_DAYS} indexed days. */
public final class ChartsViewModel {
  static final int MAX_DAYS = 366;
  private final IndexSession session;
  private final TaskExecutor executor;
  private final I18n i18n;
  private final ObservableList<QueryRecords.Daily> days = FXCollections.observableArrayList();
  private final StringProperty status = new SimpleStringProperty("");
  private final CsvExport export;

  public ChartsViewModel(IndexSession session, TaskExecutor executor, I18n i18n) {
    this.session = session;
    this.executor = executor;
    this.i18n = i18n;
    this.export = new CsvExport(executor, i18n);
  }

  public void load() {
    executor.execute(
        BackgroundTask.of(this::read)
            .onSuccess(
                d -> {
                  days.setAll(d);
                  status.set(
                      d.isEmpty()
                          ? i18n.get("explorer.index.empty")
                          : i18n.format(
                              "explorer.charts.range", d.get(0).day(), d.get(d.size() - 1).day()));
                })
            .onFailure(e -> status.set(String.valueOf(e.getMessage()))));
  }

  private List<QueryRecords.Daily> read(io.abacus.app.task.TaskContext ctx) {
    Checkpoint cp = session.explorer().checkpoint().orElse(null);
    if (cp == null || cp.isEmpty()) {
      return List.of();
    }
    LocalDate last = day(session.explorer().block(cp.nextBlock() - 1));
    LocalDate first = day(session.explorer().block(cp.firstBlock()));
    if (last == null || first == null) {
      return List.of();
    }
    LocalDate from =
        first.isBefore(last.minusDays(MAX_DAYS - 1)) ? last.minusDays(MAX_DAYS - 1) : first;
    return DailyStats.read(session, from, last);
  }

  private static LocalDate day(java.util.Optional<QueryRecords.Block> b) {
    return b.map(x -> x.timestamp().atOffset(ZoneOffset.UTC).toLocalDate()).orElse(null);
  }

  public void exportCsv(Path file) {
    List<QueryRecords.Daily> rows = List.copyOf(days);
    export.export(
        file,
        out -> {
          CsvWriter csv =
              new CsvWriter(out, List.of("day", "blocks", "transactions", "value_wei", "fees_wei"));
          for (QueryRecords.Daily d : rows) {
            csv.row(d.day(), d.blocks(), d.transactions(), d.value(), d.fees());
          }
          return csv.rows();
        });
  }

  public ObservableList<QueryRecords.Daily> days() {
    return days;
  }

  public StringProperty statusProperty() {
    return status;
  }

  public StringProperty exportStatusProperty() {
    return export.statusProperty();
  }
}
