package io.abacus.app.explorer.tx;

import static io.abacus.app.explorer.ExplorerUi.bound;
import static io.abacus.app.explorer.ExplorerUi.csvButton;
import static io.abacus.app.explorer.ExplorerUi.links;
import static io.abacus.app.explorer.ExplorerUi.nodes;
import static io.abacus.app.explorer.ExplorerUi.row;
import static io.abacus.app.explorer.ExplorerUi.text;

import io.abacus.app.explorer.ExplorerUi;
import io.abacus.app.explorer.Formats;
import io.abacus.app.explorer.Links;
import io.abacus.app.explorer.TxTable;
import io.abacus.app.i18n.I18n;
import io.abacus.app.ui.Controls;
import io.abacus.explorer.query.QueryRecords;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** One transaction. */
public final class TransactionView {
  private final ScrollPane root;

  public TransactionView(
      TransactionViewModel model, I18n i18n, Links links, String currency, int decimals) {
    Label title = new Label(i18n.get("explorer.tx.title"));
    title.getStyleClass().add("title-3");
    Node hash = links.transactionFull(model.hash());
    hash.setId("explorer-tx-hash");
    GridPane header = Controls.formGrid();
    header.setId("explorer-tx-header");
    TextArea input = new TextArea();
    input.setId("explorer-tx-input");
    input.setEditable(false);
    input.setWrapText(true);
    input.setPrefRowCount(5);
    model
        .loadedProperty()
        .addListener(
            (o, was, l) -> {
              fill(header, l, i18n, links, currency, decimals);
              input.setText(l == null ? "" : l.input());
            });
    TableView<TransactionViewModel.LogRow> logs = logTable(model, i18n, links);
    TableView<QueryRecords.TokenTransfer> transfers = transferTable(model, i18n, links);
    HBox transfersBar =
        new HBox(
            8,
            heading(i18n.get("explorer.tx.transfers")),
            csvButton("explorer-tx-csv", i18n, "transfers.csv", model::exportTransfersCsv),
            bound("explorer-tx-export", model.exportStatusProperty()));
    transfersBar.setAlignment(Pos.CENTER_LEFT);
    TableView<QueryRecords.InternalTransfer> internals =
        internalTable(model, i18n, links, currency, decimals);
    HBox internalsBar =
        new HBox(
            8,
            heading(i18n.get("explorer.tx.internal")),
            csvButton("explorer-tx-internal-csv", i18n, "internal.csv", model::exportInternalCsv));
    internalsBar.setAlignment(Pos.CENTER_LEFT);
    // Empty sections collapse; the tables shown share the free height of the page.
    ExplorerUi.collapseWhenEmpty(model.transfers(), transfersBar, transfers);
    ExplorerUi.collapseWhenEmpty(model.internals(), internalsBar, internals);
    Label logsHeading = heading(i18n.get("explorer.tx.logs"));
    ExplorerUi.collapseWhenEmpty(model.logs(), logsHeading, logs);
    for (TableView<?> t : List.of(transfers, internals, logs)) {
      ExplorerUi.growing(t, 3);
    }
    VBox box =
        new VBox(
            8,
            title,
            hash,
            ExplorerUi.errorLabel("explorer-tx-error", model.errorProperty()),
            notice(model),
            header,
            heading(i18n.get("explorer.tx.input")),
            input,
            transfersBar,
            transfers,
            internalsBar,
            internals,
            logsHeading,
            logs);
    box.setPadding(new javafx.geometry.Insets(0, 16, 16, 0));
    root = ExplorerUi.scrollingPage(box);
    model.load();
  }

  private static Label heading(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("title-4");
    return l;
  }

  private static void fill(
      GridPane g,
      TransactionViewModel.Loaded l,
      I18n i18n,
      Links links,
      String currency,
      int decimals) {
    g.getChildren().clear();
    if (l == null) {
      return;
    }
    QueryRecords.Transaction t = l.tx();
    Label status = new Label(TxTable.Status.text(i18n, t.status()));
    status.setId("explorer-tx-status");
    status.getStyleClass().add(t.status() != null && t.status() == 0 ? "danger" : "success");
    row(g, i18n.get("explorer.col.status"), status);
    row(g, i18n.get("explorer.col.block"), links.block(t.blockNumber()));
    row(g, i18n.get("explorer.col.time"), new Label(Formats.time(t.timestamp())));
    row(g, i18n.get("explorer.col.from"), links.address(t.from()));
    if (t.to() != null) {
      row(g, i18n.get("explorer.col.to"), links.address(t.to()));
    } else {
      row(g, i18n.get("explorer.tx.created"), links.address(t.contractCreated()));
    }
    Label value = new Label(Formats.units(t.value(), decimals) + " " + currency);
    value.setId("explorer-tx-value");
    row(g, i18n.get("explorer.col.value"), value);
    row(
        g,
        i18n.get("explorer.tx.fee"),
        new Label(
            t.fee() == null
                ? ""
                : Formats.units(t.fee(), decimals)
                    + " "
                    + currency
                    + "  ("
                    + t.gasUsed()
                    + " gas × "
                    + Formats.units(t.gasPrice(), 9)
                    + " gwei)"));
    row(g, i18n.get("explorer.tx.nonce"), new Label(Long.toString(l.nonce())));
    Label confirmations =
        new Label(
            i18n.format("explorer.tx.confirmations", l.confirmations())
                + "  "
                + i18n.get(l.confirmed() ? "explorer.confirmed" : "explorer.unconfirmed"));
    confirmations.setId("explorer-tx-confirmations");
    row(g, i18n.get("explorer.col.confirmed"), confirmations);
  }

  private static TableView<TransactionViewModel.LogRow> logTable(
      TransactionViewModel model, I18n i18n, Links links) {
    TableView<TransactionViewModel.LogRow> t = new TableView<>(model.logs());
    t.setId("explorer-tx-logs");
    t.setPlaceholder(new Label(i18n.get("explorer.none")));
    t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    t.getColumns()
        .addAll(
            List.of(
                text("#", (TransactionViewModel.LogRow r) -> Integer.toString(r.log().index())),
                nodes(
                    i18n.get("explorer.tx.emitter"),
                    (TransactionViewModel.LogRow r) -> links.address(r.log().address())),
                ExplorerUi.wrapping(
                    text(i18n.get("explorer.tx.event"), TransactionViewModel.LogRow::text))));
    return t;
  }

  private static TableView<QueryRecords.TokenTransfer> transferTable(
      TransactionViewModel model, I18n i18n, Links links) {
    TableView<QueryRecords.TokenTransfer> t = new TableView<>(model.transfers());
    t.setId("explorer-tx-transfers");
    t.setPlaceholder(new Label(i18n.get("explorer.none")));
    t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    t.getColumns()
        .addAll(
            List.of(
                links(
                    i18n.get("explorer.col.token"),
                    links,
                    (QueryRecords.TokenTransfer x) -> links.tokenTarget(x.info())),
                links(
                    i18n.get("explorer.col.from"),
                    links,
                    (QueryRecords.TokenTransfer x) -> links.addressTarget(x.from())),
                links(
                    i18n.get("explorer.col.to"),
                    links,
                    (QueryRecords.TokenTransfer x) -> links.addressTarget(x.to())),
                text(i18n.get("explorer.col.amount"), Formats::transferAmount),
                text("ERC", (QueryRecords.TokenTransfer x) -> Integer.toString(x.standard()))));
    return t;
  }

  private static TableView<QueryRecords.InternalTransfer> internalTable(
      TransactionViewModel model, I18n i18n, Links links, String currency, int decimals) {
    TableView<QueryRecords.InternalTransfer> t = new TableView<>(model.internals());
    t.setId("explorer-tx-internal");
    t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    t.getColumns()
        .addAll(
            List.of(
                text(i18n.get("explorer.tx.internalType"), QueryRecords.InternalTransfer::type),
                links(
                    i18n.get("explorer.col.from"),
                    links,
                    (QueryRecords.InternalTransfer x) -> links.addressTarget(x.from())),
                links(
                    i18n.get("explorer.col.to"),
                    links,
                    (QueryRecords.InternalTransfer x) -> links.addressTarget(x.to())),
                text(
                    i18n.get("explorer.col.value"),
                    (QueryRecords.InternalTransfer x) ->
                        Formats.units(x.value(), decimals) + " " + currency)));
    return t;
  }

  /** Says the page was read from the node because the index does not hold the transaction yet. */
  private static Label notice(TransactionViewModel model) {
    Label l = new Label();
    l.setId("explorer-tx-notice");
    l.setWrapText(true);
    l.textProperty().bind(model.noticeProperty());
    l.visibleProperty().bind(model.noticeProperty().isNotEmpty());
    l.managedProperty().bind(l.visibleProperty());
    return l;
  }

  public Node root() {
    return root;
  }
}
