package io.abacus.app.explorer.blocks;

import static io.abacus.app.explorer.ExplorerUi.bound;
import static io.abacus.app.explorer.ExplorerUi.csvButton;
import static io.abacus.app.explorer.ExplorerUi.row;

import io.abacus.app.explorer.ExplorerUi;
import io.abacus.app.explorer.Formats;
import io.abacus.app.explorer.Links;
import io.abacus.app.explorer.TxTable;
import io.abacus.app.i18n.I18n;
import io.abacus.app.ui.Controls;
import io.abacus.explorer.query.QueryRecords;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One block: header fields and its transactions. */
public final class BlockView {
  private final VBox root;

  public BlockView(BlockViewModel model, I18n i18n, Links links, String currency, int decimals) {
    Label title = new Label(i18n.format("explorer.block.title", model.number()));
    title.setId("explorer-block-title");
    title.getStyleClass().add("title-3");
    GridPane header = Controls.formGrid();
    header.setId("explorer-block-header");
    model.blockProperty().addListener((o, was, b) -> fill(header, b, i18n, links, model.number()));
    TableView<io.abacus.app.explorer.TxRow> txs =
        TxTable.of("explorer-block-txs", model.transactions(), i18n, links, currency, decimals);
    HBox bar =
        new HBox(
            8,
            new Label(i18n.get("explorer.block.txs")),
            csvButton(
                "explorer-block-csv", i18n, "block-" + model.number() + ".csv", model::exportCsv),
            bound("explorer-block-export", model.exportStatusProperty()));
    bar.setAlignment(Pos.CENTER_LEFT);
    root =
        new VBox(
            8,
            title,
            ExplorerUi.errorLabel("explorer-block-error", model.errorProperty()),
            header,
            bar,
            txs);
    VBox.setVgrow(txs, Priority.ALWAYS);
    model.load();
  }

  private static void fill(GridPane g, QueryRecords.Block b, I18n i18n, Links links, long n) {
    g.getChildren().clear();
    if (b == null) {
      return;
    }
    row(
        g,
        i18n.get("explorer.col.hash"),
        links.link(b.hash(), b.hash(), new io.abacus.app.explorer.Place.Block(n)));
    row(
        g,
        i18n.get("explorer.block.parent"),
        n > 0
            ? links.link(
                b.parentHash(), b.parentHash(), new io.abacus.app.explorer.Place.Block(n - 1))
            : new Label(b.parentHash()));
    row(g, i18n.get("explorer.col.time"), new Label(Formats.time(b.timestamp())));
    row(g, i18n.get("explorer.block.miner"), links.address(b.miner()));
    row(g, i18n.get("explorer.col.gasUsed"), new Label(b.gasUsed() + " / " + b.gasLimit()));
    row(
        g,
        i18n.get("explorer.block.baseFee"),
        new Label(b.baseFee() == null ? "" : b.baseFee() + " wei"));
    row(g, i18n.get("explorer.col.txs"), new Label(Integer.toString(b.txCount())));
    Label confirmed =
        new Label(i18n.get(b.confirmed() ? "explorer.confirmed" : "explorer.unconfirmed"));
    confirmed.setId("explorer-block-confirmed");
    row(g, i18n.get("explorer.col.confirmed"), confirmed);
  }

  public Node root() {
    return root;
  }
}
