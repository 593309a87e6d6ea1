package io.abacus.app.explorer.token;

import io.abacus.app.explorer.IndexSession;
import io.abacus.app.i18n.I18n;
import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.TaskExecutor;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.explorer.query.TokenQueries;
import io.abacus.wallet.address.Address;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A token's page: its summary and largest holders, and its newest transfers. */
public final class TokenViewModel {
  static final int HOLDERS = 100;
  static final int TRANSFERS = 200;

  private final IndexSession session;
  private final TaskExecutor executor;
  private final Address token;
  private final ObjectProperty<QueryRecords.TokenSummary> summary = new SimpleObjectProperty<>();
  private final ObservableList<QueryRecords.Holder> holders = FXCollections.observableArrayList();
  private final ObservableList<QueryRecords.TokenTransfer> transfers =
      FXCollections.observableArrayList();
  private final StringProperty error = new SimpleStringProperty("");
  private final String noTransfers;

  public TokenViewModel(IndexSession session, TaskExecutor executor, I18n i18n, Address token) {
    this.session = session;
    this.executor = executor;
    this.token = token;
    this.noTransfers = i18n.get("explorer.token.none");
  }

  /** Reads the summary, holders and newest transfers off the UI thread. */
  public void load() {
    executor.execute(
        BackgroundTask.of(
                ctx ->
                    new Loaded(
                        session.read(c -> TokenQueries.summary(c, token, HOLDERS)),
                        session.stats().tokenTransfers(token, TRANSFERS, null)))
            .onSuccess(
                l -> {
                  summary.set(l.summary());
                  holders.setAll(l.summary().topHolders());
                  transfers.setAll(l.page().items());
                  error.set(l.summary().transfers() == 0 ? noTransfers : "");
                })
            .onFailure(e -> error.set(String.valueOf(e.getMessage()))));
  }

  private record Loaded(QueryRecords.TokenSummary summary, QueryRecords.TransferPage page) {}

  public Address token() {
    return token;
  }

  public ObjectProperty<QueryRecords.TokenSummary> summaryProperty() {
    return summary;
  }

  public ObservableList<QueryRecords.Holder> holders() {
    return holders;
  }

  public ObservableList<QueryRecords.TokenTransfer> transfers() {
    return transfers;
  }

  public StringProperty errorProperty() {
    return error;
  }
}
