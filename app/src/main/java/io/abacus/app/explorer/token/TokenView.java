package io.abacus.app.explorer.token;

import static io.abacus.app.explorer.ExplorerUi.links;
import static io.abacus.app.explorer.ExplorerUi.row;
import static io.abacus.app.explorer.ExplorerUi.text;

import io.abacus.app.explorer.ExplorerUi;
import io.abacus.app.explorer.Formats;
import io.abacus.app.explorer.Links;
import io.abacus.app.i18n.I18n;
import io.abacus.app.ui.AddressView;
import io.abacus.app.ui.Controls;
import io.abacus.explorer.query.QueryRecords;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A token: name, symbol, decimals, totals, its largest holders and newest transfers. */
public final class TokenView {
  private final VBox root;

  public TokenView(TokenViewModel model, I18n i18n, Links links) {
    Label title = new Label(model.token().toString());
    title.setId("explorer-token-title");
    title.getStyleClass().add("title-3");
    GridPane header = Controls.formGrid();
    header.setId("explorer-token-header");
    model
        .summaryProperty()
        .addListener(
            (o, was, s) -> {
              if (s != null) {
                title.setText(
                    s.info().known()
                        ? s.info().symbol()
                            + (s.info().name().isEmpty() ? "" : " · " + s.info().name())
                        : i18n.get("explorer.token.unknown"));
                fill(header, s, i18n);
              }
            });
    TableView<QueryRecords.Holder> holders = holders(model, i18n, links);
    TableView<QueryRecords.TokenTransfer> transfers = transfers(model, i18n, links);
    Tab holdersTab = new Tab(i18n.get("explorer.token.holders"), holders);
    holdersTab.setId("explorer-token-tab-holders");
    Tab transfersTab = new Tab(i18n.get("explorer.token.transfers"), transfers);
    transfersTab.setId("explorer-token-tab-transfers");
    TabPane tabs = new TabPane(holdersTab, transfersTab);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    root =
        new VBox(
            8,
            title,
            AddressView.full(
                "explorer-token-address",
                new ReadOnlyStringWrapper(model.token().toString()),
                i18n.get("explorer.copy"),
                560,
                true),
            ExplorerUi.errorLabel("explorer-token-error", model.errorProperty()),
            header,
            tabs);
    VBox.setVgrow(tabs, Priority.ALWAYS);
    model.load();
  }

  private static void fill(GridPane g, QueryRecords.TokenSummary s, I18n i18n) {
    g.getChildren().clear();
    QueryRecords.TokenInfo info = s.info();
    row(
        g,
        i18n.get("explorer.token.decimals"),
        new Label(info.known() ? info.decimals().toString() : "?"));
    row(g, i18n.get("explorer.token.transferCount"), new Label(Long.toString(s.transfers())));
    Label count = new Label(Long.toString(s.holderCount()));
    count.setId("explorer-token-holder-count");
    row(g, i18n.get("explorer.token.holderCount"), count);
    row(g, i18n.get("explorer.token.minted"), new Label(Formats.tokenAmount(info, s.minted())));
    row(g, i18n.get("explorer.token.burned"), new Label(Formats.tokenAmount(info, s.burned())));
  }

  private static TableView<QueryRecords.Holder> holders(
      TokenViewModel model, I18n i18n, Links links) {
    TableView<QueryRecords.Holder> t = new TableView<>(model.holders());
    t.setId("explorer-token-holders");
    t.setPlaceholder(new Label(i18n.get("explorer.none")));
    t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    t.getColumns()
        .addAll(
            List.of(
                links(
                    i18n.get("explorer.col.address"),
                    links,
                    (QueryRecords.Holder h) -> links.addressTarget(h.address())),
                text(
                    i18n.get("explorer.token.balance"),
                    (QueryRecords.Holder h) ->
                        model.summaryProperty().get() == null
                            ? h.balance().toString()
                            : Formats.tokenAmount(
                                model.summaryProperty().get().info(), h.balance()))));
    return t;
  }

  private static TableView<QueryRecords.TokenTransfer> transfers(
      TokenViewModel model, I18n i18n, Links links) {
    TableView<QueryRecords.TokenTransfer> t = new TableView<>(model.transfers());
    t.setId("explorer-token-transfers");
    t.setPlaceholder(new Label(i18n.get("explorer.none")));
    t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    t.getColumns()
        .addAll(
            List.of(
                ExplorerUi.time(
                    i18n.get("explorer.col.time"), (QueryRecords.TokenTransfer x) -> x.timestamp()),
                links(
                    i18n.get("explorer.col.hash"),
                    links,
                    (QueryRecords.TokenTransfer x) -> links.transactionTarget(x.txHash())),
                links(
                    i18n.get("explorer.col.from"),
                    links,
                    (QueryRecords.TokenTransfer x) -> links.addressTarget(x.from())),
                links(
                    i18n.get("explorer.col.to"),
                    links,
                    (QueryRecords.TokenTransfer x) -> links.addressTarget(x.to())),
                text(i18n.get("explorer.col.amount"), Formats::transferAmount)));
    return t;
  }

  public Node root() {
    return root;
  }
}
