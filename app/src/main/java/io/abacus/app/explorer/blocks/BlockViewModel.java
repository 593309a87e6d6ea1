package io.abacus.app.explorer.blocks;

import io.abacus.app.explorer.CsvExport;
import io.abacus.app.explorer.IndexSession;
import io.abacus.app.explorer.TxRow;
import io.abacus.app.i18n.I18n;
import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.TaskExecutor;
import io.abacus.explorer.abi.MethodNames;
import io.abacus.explorer.db.Amounts;
import io.abacus.explorer.export.CsvLabels;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.csv.CsvWriter;
import io.abacus.wallet.encoding.HexBytes;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** One block: its header and its transactions (at most {@value #MAX_TXS}, in block order). */
public final class BlockViewModel {
  /** More than any real block holds; a bound, not a page size users meet. */
  static final int MAX_TXS = 20_000;

  private final IndexSession session;
  private final TaskExecutor executor;
  private final long number;
  private final ObjectProperty<QueryRecords.Block> block = new SimpleObjectProperty<>();
  private final ObservableList<TxRow> transactions = FXCollections.observableArrayList();
  private final StringProperty error = new SimpleStringProperty("");
  private final CsvExport export;

  public BlockViewModel(IndexSession session, TaskExecutor executor, I18n i18n, long number) {
    this.session = session;
    this.executor = executor;
    this.number = number;
    this.export = new CsvExport(executor, i18n);
    this.i18nMissing = i18n.format("explorer.block.missing", number);
  }

  private final String i18nMissing;

  public void load() {
    executor.execute(
        BackgroundTask.of(
                ctx ->
                    new Loaded(
                        session.explorer().block(number).orElse(null),
                        transactions(session, number)))
            .onSuccess(
                l -> {
                  block.set(l.block());
                  transactions.setAll(l.txs());
                  error.set(l.block() == null ? i18nMissing : "");
                })
            .onFailure(e -> error.set(String.valueOf(e.getMessage()))));
  }

  private record Loaded(QueryRecords.Block block, List<TxRow> txs) {}

  /** The transactions of block {@code n}, in order. */
  public static List<TxRow> transactions(IndexSession session, long n) {
    MethodNames methods = session.explorer().methods();
    return session.read(
        c -> {
          List<TxRow> rows = new ArrayList<>();
          try (PreparedStatement st =
              c.prepareStatement(
                  "SELECT id, hash, from_address, to_address, value, status, substr(input, 1, 4)"
                      + " FROM transactions"
                      + " WHERE id >= ? AND id < ? ORDER BY id LIMIT "
                      + MAX_TXS)) {
            st.setLong(1, n << 20);
            st.setLong(2, (n + 1) << 20);
            try (ResultSet r = st.executeQuery()) {
              while (r.next()) {
                byte[] rawTo = r.getBytes(4);
                Address to = rawTo == null ? null : Address.of(rawTo);
                int status = r.getInt(6);
                Integer known = r.wasNull() ? null : status;
                rows.add(
                    new TxRow(
                        HexBytes.toHex(r.getBytes(2)),
                        n,
                        (int) (r.getLong(1) & 0xfffff),
                        Address.of(r.getBytes(3)),
                        to,
                        Amounts.decode(r.getBytes(5)),
                        known,
                        methods.of(to, r.getBytes(7))));
              }
            }
          }
          return rows;
        });
  }

  /** Exports the block's transactions, with their methods and a label beside each address. */
  public void exportCsv(Path file) {
    List<TxRow> rows = List.copyOf(transactions);
    export.export(
        file,
        out -> {
          CsvLabels labels = session.csvLabels();
          CsvWriter csv =
              new CsvWriter(
                  out,
                  List.of(
                      "block_number",
                      "tx_index",
                      "hash",
                      "method",
                      "from",
                      "from_label",
                      "to",
                      "to_label",
                      "value_wei",
                      "status"));
          for (TxRow t : rows) {
            csv.row(
                t.block(),
                t.index(),
                t.hash(),
                t.method(),
                t.from(),
                labels.of(t.from()),
                t.to(),
                labels.of(t.to()),
                t.value(),
                t.status());
          }
          return csv.rows();
        });
  }

  public long number() {
    return number;
  }

  public ObjectProperty<QueryRecords.Block> blockProperty() {
    return block;
  }

  public ObservableList<TxRow> transactions() {
    return transactions;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public StringProperty exportStatusProperty() {
    return export.statusProperty();
  }
}
