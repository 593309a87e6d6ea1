package io.abacus.app.explorer;

import static io.abacus.app.explorer.ExplorerUi.links;
import static io.abacus.app.explorer.ExplorerUi.text;

import io.abacus.app.i18n.I18n;
import io.abacus.explorer.abi.MethodNames;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/**
 * A virtualized table of transactions with links and the Method column ({@link #method}) every
 * transaction table shows.
 */
public final class TxTable {
  private TxTable() {}

  public static TableView<TxRow> of(
      String id,
      ObservableList<TxRow> rows,
      I18n i18n,
      Links links,
      String currency,
      int decimals) {
    TableView<TxRow> t = new TableView<>(rows);
    t.setId(id);
    t.setPlaceholder(new Label(i18n.get("explorer.none")));
    t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    ExplorerUi.fixedRows(t);
    t.getColumns()
        .addAll(
            List.of(
                text("#", (TxRow r) -> Integer.toString(r.index())),
                links(
                    i18n.get("explorer.col.hash"),
                    links,
                    (TxRow r) -> links.transactionTarget(r.hash())),
                text(i18n.get("explorer.col.method"), (TxRow r) -> method(i18n, r.method())),
                links(
                    i18n.get("explorer.col.from"),
                    links,
                    (TxRow r) -> links.addressTarget(r.from())),
                links(i18n.get("explorer.col.to"), links, (TxRow r) -> links.addressTarget(r.to())),
                text(
                    i18n.get("explorer.col.value"),
                    (TxRow r) -> Formats.units(r.value(), decimals) + " " + currency),
                text(i18n.get("explorer.col.status"), (TxRow r) -> Status.text(i18n, r.status()))));
    return t;
  }

  /**
   * A method as the Method column shows it: the function's name or selector as decoded, the words
   * for a plain send ({@link MethodNames#TRANSFER}) and a contract creation in the user's language.
   */
  public static String method(I18n i18n, String method) {
    if (MethodNames.TRANSFER.equals(method)) {
      return i18n.get("explorer.method.transfer");
    }
    if (MethodNames.CREATE.equals(method)) {
      return i18n.get("explorer.method.create");
    }
    return method == null ? "" : method;
  }

  /** Receipt status wording. */
  public static final class Status {
    private Status() {}

    public static String text(I18n i18n, Integer status) {
      if (status == null) {
        return i18n.get("explorer.status.unknown");
      }
      return i18n.get(status == 1 ? "explorer.status.ok" : "explorer.status.failed");
    }
  }
}
