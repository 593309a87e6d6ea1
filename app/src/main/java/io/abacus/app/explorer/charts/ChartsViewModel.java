package io.abacus.app.explorer.charts;

import io.abacus.app.explorer.CsvExport;
import io.abacus.app.explorer.IndexSession;
import io.abacus.app.i18n.I18n;
import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.TaskExecutor;
import io.abacus.explorer.db.Checkpoint;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.wallet.csv.CsvWriter;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Daily transactions, value moved and fees over the last {@value #MAX_DAYS} indexed days (three
 * years): {@link #days()} the days with blocks as read, {@link #bars()} one per calendar day from
 * the first to the last, zero on days without activity.
 */
public final class ChartsViewModel {
  static final int MAX_DAYS = 1100;
  private final IndexSession session;
  private final TaskExecutor executor;
  private final I18n i18n;
  private final ObservableList<QueryRecords.Daily> days = FXCollections.observableArrayList();
  private final ObservableList<QueryRecords.Daily> bars = FXCollections.observableArrayList();
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
                  bars.setAll(
                      d.isEmpty() ? List.of() : fill(d, d.get(0).day(), d.get(d.size() - 1).day()));
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

  /**
   * One entry per calendar day from {@code first} to {@code last}: the day of {@code read} where
   * there is one, else a day with no blocks, transactions, value or fees.
   */
  static List<QueryRecords.Daily> fill(
      List<QueryRecords.Daily> read, LocalDate first, LocalDate last) {
    Map<LocalDate, QueryRecords.Daily> byDay = new HashMap<>();
    for (QueryRecords.Daily d : read) {
      byDay.put(d.day(), d);
    }
    List<QueryRecords.Daily> out = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      QueryRecords.Daily day = byDay.get(d);
      out.add(
          day != null ? day : new QueryRecords.Daily(d, 0, 0, BigInteger.ZERO, BigInteger.ZERO));
    }
    return out;
  }

  /** The days with activity as read, for the CSV. */
  public ObservableList<QueryRecords.Daily> days() {
    return days;
  }

  /** One entry per calendar day of the range, for the charts. */
  public ObservableList<QueryRecords.Daily> bars() {
    return bars;
  }

  /** The native coin's symbol, for the value and fee charts. */
  public String currency() {
    return session.network().currencySymbol();
  }

  public StringProperty statusProperty() {
    return status;
  }

  public StringProperty exportStatusProperty() {
    return export.statusProperty();
  }
}
