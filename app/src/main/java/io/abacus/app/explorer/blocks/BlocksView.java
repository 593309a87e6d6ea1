package io.abacus.app.explorer.blocks;

import static io.abacus.app.explorer.ExplorerUi.bound;
import static io.abacus.app.explorer.ExplorerUi.csvButton;
import static io.abacus.app.explorer.ExplorerUi.links;
import static io.abacus.app.explorer.ExplorerUi.text;

import io.abacus.app.explorer.ExplorerUi;
import io.abacus.app.explorer.Formats;
import io.abacus.app.explorer.Links;
import io.abacus.app.i18n.I18n;
import io.abacus.explorer.query.QueryRecords;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Newest blocks first, paged. */
public final class BlocksView {
  private final VBox root;

  public BlocksView(BlocksViewModel model, I18n i18n, Links links) {
    TableView<QueryRecords.Block> table = new TableView<>(model.blocks());
    table.setId("explorer-blocks-table");
    table.setPlaceholder(new Label(i18n.get("explorer.index.empty")));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table
        .getColumns()
        .addAll(
            List.of(
                links(
                    i18n.get("explorer.col.block"),
                    links,
                    (QueryRecords.Block b) -> links.blockTarget(b.number())),
                ExplorerUi.time(
                    i18n.get("explorer.col.time"), (QueryRecords.Block b) -> b.timestamp()),
                text(
                    i18n.get("explorer.col.txs"),
                    (QueryRecords.Block b) -> Integer.toString(b.txCount())),
                text(
                    i18n.get("explorer.col.gasUsed"),
                    (QueryRecords.Block b) -> Long.toString(b.gasUsed())),
                text(
                    i18n.get("explorer.col.confirmed"),
                    (QueryRecords.Block b) ->
                        i18n.get(b.confirmed() ? "explorer.yes" : "explorer.no")),
                links(
                    i18n.get("explorer.col.hash"),
                    links,
                    (QueryRecords.Block b) ->
                        new Links.Target(
                            Formats.shortHex(b.hash()),
                            b.hash(),
                            new io.abacus.app.explorer.Place.Block(b.number()),
                            true))));
    Button newer = new Button(i18n.get("explorer.page.newer"));
    newer.setId("explorer-blocks-newer");
    newer.disableProperty().bind(model.hasNewerProperty().not());
    newer.setOnAction(e -> model.newer());
    Button older = new Button(i18n.get("explorer.page.older"));
    older.setId("explorer-blocks-older");
    older.disableProperty().bind(model.hasOlderProperty().not());
    older.setOnAction(e -> model.older());
    Button latest = new Button(i18n.get("explorer.page.latest"));
    latest.setId("explorer-blocks-latest");
    latest.setOnAction(e -> model.newest());
    HBox bar =
        new HBox(
            8,
            latest,
            newer,
            older,
            bound("explorer-blocks-status", model.statusProperty()),
            csvButton("explorer-blocks-csv", i18n, "blocks.csv", model::exportCsv),
            bound("explorer-blocks-export", model.exportStatusProperty()));
    bar.setAlignment(Pos.CENTER_LEFT);
    // The status ("no index … yet") wraps; the buttons keep their whole text at 1024 pixels.
    bar.getChildren().stream()
        .filter(n -> n instanceof Button)
        .forEach(n -> ((Button) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
    root = new VBox(8, bar, table);
    VBox.setVgrow(table, Priority.ALWAYS);
    model.newest();
  }

  public Node root() {
    return root;
  }
}
