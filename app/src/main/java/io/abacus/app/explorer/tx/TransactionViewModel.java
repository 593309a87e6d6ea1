package io.abacus.app.explorer.tx;

import io.abacus.app.explorer.CsvExport;
import io.abacus.app.explorer.IndexSession;
import io.abacus.app.i18n.I18n;
import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.TaskExecutor;
import io.abacus.explorer.abi.AbiDecoder;
import io.abacus.explorer.abi.Decoded;
import io.abacus.explorer.db.Checkpoint;
import io.abacus.explorer.export.CsvLabels;
import io.abacus.explorer.export.Exports;
import io.abacus.explorer.query.NodeTransactions;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.explorer.rpc.BlockFetcher;
import io.abacus.wallet.encoding.HexBytes;
import io.abacus.wallet.network.Network;
import io.abacus.wallet.rpc.JsonRpcClient;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One transaction: receipt status, parties, value, fee, nonce, confirmations, the input decoded by
 * an imported ABI or the bundled selectors (raw hex otherwise), decoded logs and token transfers.
 */
public final class TransactionViewModel {
  private final IndexSession session;
  private final TaskExecutor executor;
  private final I18n i18n;
  private final String hash;
  private final ObjectProperty<Loaded> loaded = new SimpleObjectProperty<>();
  private final ObservableList<LogRow> logs = FXCollections.observableArrayList();
  private final ObservableList<QueryRecords.TokenTransfer> transfers =
      FXCollections.observableArrayList();
  private final ObservableList<QueryRecords.InternalTransfer> internals =
      FXCollections.observableArrayList();
  private final StringProperty error = new SimpleStringProperty("");
  private final StringProperty notice = new SimpleStringProperty("");
  private final Function<Network, JsonRpcClient> node;
  private final CsvExport export;

  /** A log with its decoding (or raw topics and data). */
  public record LogRow(QueryRecords.Log log, String text, boolean decoded) {}

  /**
   * Everything the page shows.
   *
   * @param confirmations blocks on top of the transaction's block, itself included
   * @param input decoded call or the raw hex
   */
  public record Loaded(
      QueryRecords.Transaction tx,
      long nonce,
      long confirmations,
      boolean confirmed,
      String input,
      boolean inputDecoded) {}

  public TransactionViewModel(IndexSession session, TaskExecutor executor, I18n i18n, String hash) {
    this(session, executor, i18n, hash, null);
  }

  /**
   * @param node opens a client for the network, to read a transaction the index does not hold yet
   *     (null: the index only)
   */
  public TransactionViewModel(
      IndexSession session,
      TaskExecutor executor,
      I18n i18n,
      String hash,
      Function<Network, JsonRpcClient> node) {
    this.node = node;
    this.session = session;
    this.executor = executor;
    this.i18n = i18n;
    this.hash = hash;
    this.export = new CsvExport(executor, i18n);
  }

  public void load() {
    executor.execute(
        BackgroundTask.of(ctx -> read())
            .onSuccess(
                r -> {
                  if (r == null) {
                    error.set(i18n.format("explorer.tx.missing", hash));
                    return;
                  }
                  error.set("");
                  notice.set(r.fromNode() ? i18n.get("explorer.tx.fromNode") : "");
                  loaded.set(r.loaded());
                  logs.setAll(r.logs());
                  transfers.setAll(r.loaded().tx().tokenTransfers());
                  internals.setAll(r.loaded().tx().internalTransfers());
                })
            .onFailure(e -> error.set(String.valueOf(e.getMessage()))));
  }

  private record Read(Loaded loaded, List<LogRow> logs, boolean fromNode) {}

  private Read read() {
    QueryRecords.Transaction tx =
        session.exists() ? session.explorer().transaction(hash).orElse(null) : null;
    if (tx == null) {
      return fromNode();
    }
    AbiDecoder decoder = session.explorer().decoder();
    Checkpoint cp = session.explorer().checkpoint().orElseThrow();
    long confirmations = Math.max(0, cp.nodeHead() - tx.blockNumber() + 1);
    boolean confirmed =
        session.explorer().block(tx.blockNumber()).map(QueryRecords.Block::confirmed).orElse(false);
    return describe(tx, nonce(hash), confirmations, confirmed, decoder, false);
  }

  /**
   * The transaction from the node when the index does not hold it (yet); null if neither has it.
   */
  private Read fromNode() {
    Network n = session.network();
    if (node == null || !n.hasRpcUrl()) {
      return null;
    }
    try (JsonRpcClient client = node.apply(n)) {
      var found = NodeTransactions.read(new BlockFetcher(client, 1), hash);
      if (found.isEmpty()) {
        return null;
      }
      QueryRecords.Transaction tx = found.get().tx();
      long confirmations = Math.max(0, found.get().head() - tx.blockNumber() + 1);
      AbiDecoder decoder =
          session.exists() ? session.explorer().decoder() : AbiDecoder.withBundledTable();
      return describe(
          tx,
          found.get().nonce(),
          confirmations,
          confirmations >= IndexSession.CONFIRMATIONS,
          decoder,
          true);
    }
  }

  private Read describe(
      QueryRecords.Transaction tx,
      long nonce,
      long confirmations,
      boolean confirmed,
      AbiDecoder decoder,
      boolean fromNode) {
    String input = tx.input();
    boolean inputDecoded = false;
    var call = decoder.decodeInput(tx.to(), HexBytes.decode(input));
    if (call.isPresent()) {
      input = describe(call.get());
      inputDecoded = true;
    }
    List<LogRow> rows = new ArrayList<>();
    for (QueryRecords.Log log : tx.logs()) {
      List<byte[]> topics = log.topics().stream().map(HexBytes::decode).toList();
      var d = decoder.decodeLog(log.address(), topics, HexBytes.decode(log.data()));
      rows.add(
          d.map(x -> new LogRow(log, describe(x), true))
              .orElseGet(
                  () ->
                      new LogRow(log, String.join("\n", log.topics()) + "\n" + log.data(), false)));
    }
    return new Read(
        new Loaded(tx, nonce, confirmations, confirmed, input, inputDecoded), rows, fromNode);
  }

  private long nonce(String h) {
    return session.read(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement("SELECT nonce FROM transactions WHERE hash = ?")) {
            st.setBytes(1, HexBytes.decode(h));
            try (ResultSet r = st.executeQuery()) {
              return r.next() ? r.getLong(1) : -1L;
            }
          }
        });
  }

  /** {@code transfer(to: 0x..., amount: 5)} with the decoding's source. */
  static String describe(Decoded d) {
    String args =
        d.args().stream()
            .map(
                a ->
                    (a.name() == null || a.name().isEmpty() ? a.type() : a.name())
                        + ": "
                        + a.value())
            .collect(Collectors.joining(",\n  "));
    return d.signature() + "\n  " + args + "\n[" + d.source() + "]";
  }

  /** Exports the token transfers of this transaction. */
  public void exportTransfersCsv(Path file) {
    List<QueryRecords.TokenTransfer> rows = List.copyOf(transfers);
    export.export(file, out -> Exports.transactionTransfers(rows, labels(), out));
  }

  /** The label columns: the merged names, or none for a transaction read without an index. */
  private CsvLabels labels() {
    return session.exists() ? session.csvLabels() : CsvLabels.none();
  }

  public String hash() {
    return hash;
  }

  public ObjectProperty<Loaded> loadedProperty() {
    return loaded;
  }

  public ObservableList<LogRow> logs() {
    return logs;
  }

  public ObservableList<QueryRecords.TokenTransfer> transfers() {
    return transfers;
  }

  /** Internal ETH transfers and creations (indexed with traces), in call order. */
  public ObservableList<QueryRecords.InternalTransfer> internals() {
    return internals;
  }

  /** Exports the internal transfers of this transaction (values in wei). */
  public void exportInternalCsv(Path file) {
    List<QueryRecords.InternalTransfer> rows = List.copyOf(internals);
    export.export(file, out -> Exports.internalTransfers(hash, rows, labels(), out));
  }

  /** Where the page's data came from when not the index ("read from the node"), or "". */
  public StringProperty noticeProperty() {
    return notice;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public StringProperty exportStatusProperty() {
    return export.statusProperty();
  }
}
