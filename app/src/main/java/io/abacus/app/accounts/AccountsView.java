package io.abacus.app.accounts;

import io.abacus.app.accounts.AccountsViewModel.Row;
import io.abacus.app.i18n.I18n;
import io.abacus.app.qr.QrCode;
import io.abacus.app.qr.QrImages;
import io.abacus.app.ui.AddressCell;
import io.abacus.app.ui.AddressView;
import io.abacus.app.ui.Controls;
import io.abacus.wallet.hd.PathPreset;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The list of accounts with balances, and what can be done with each. */
public final class AccountsView {
  private final AccountsViewModel model;
  private final I18n i18n;
  private final TableView<Row> table = new TableView<>();
  private final VBox root;

  public AccountsView(AccountsViewModel model, I18n i18n) {
    this.model = model;
    this.i18n = i18n;
    table.setId("accounts-table");
    table.setItems(model.rows());
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label(i18n.get("accounts.empty")));
    TableColumn<Row, String> star = column("", 36, r -> r.selected() ? "★" : "");
    star.setMinWidth(36);
    table.getColumns().add(star);
    table.getColumns().add(column(i18n.get("accounts.col.name"), 120, this::name));
    TableColumn<Row, String> address =
        column(i18n.get("accounts.col.address"), 380, r -> r.account().address().toString());
    address.setCellFactory(c -> new AddressCell<>(i18n.get("accounts.copy")));
    // Room for the whole address at 1024 pixels; the balances wrap instead.
    address.setMinWidth(375);
    table.getColumns().add(address);
    table.getColumns().add(balanceColumn(i18n.get("accounts.col.balance"), 140, Row::balance));
    table.getColumns().add(balanceColumn(i18n.get("accounts.col.tokens"), 140, Row::tokens));
    table.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2 && selected() != null) {
            model.select(selected().account());
          }
        });
    VBox.setVgrow(table, Priority.ALWAYS);
    Label status = new Label();
    status.setId("accounts-status");
    status.getStyleClass().add("text-muted");
    status.setWrapText(true);
    status.textProperty().bind(model.statusProperty());
    root =
        new VBox(
            10,
            toolbar(),
            table,
            rowActions(),
            status,
            tokenForm(),
            Controls.errorLabel("accounts-error", model.errorProperty()));
    // Start with the account the payment screens use highlighted, so its actions are at hand.
    model.rows().addListener((javafx.collections.ListChangeListener<Row>) c -> selectCurrent());
    selectCurrent();
    root.setId("accounts-page");
    root.setPadding(new javafx.geometry.Insets(0, 24, 12, 0));
  }

  public Node root() {
    return root;
  }

  private String name(Row r) {
    String name = AccountNames.display(r.account(), i18n);
    // Most accounts come from the recovery words; only the others get a tag.
    String kind =
        r.account() instanceof io.abacus.wallet.account.Account.Derived
            ? ""
            : " (" + i18n.get("accounts.kind." + r.account().kind()) + ")";
    return name + kind + (r.account().hidden() ? " · " + i18n.get("accounts.hidden") : "");
  }

  private static TableColumn<Row, String> column(
      String title, double width, Function<Row, String> text) {
    TableColumn<Row, String> c = new TableColumn<>(title);
    c.setPrefWidth(width);
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
    c.setSortable(false);
    return c;
  }

  /**
   * A balance column: the amount in full precision, wrapped when the column is narrow (never cut to
   * "…"), the exact value with its base units in the tooltip.
   */
  private static TableColumn<Row, Row> balanceColumn(
      String title, double width, Function<Row, String> text) {
    TableColumn<Row, Row> c = new TableColumn<>(title);
    c.setPrefWidth(width);
    c.setSortable(false);
    c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
    c.setCellFactory(
        col ->
            new TableCell<>() {
              {
                setWrapText(true);
              }

              @Override
              protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : text.apply(row));
                setTooltip(
                    empty || row == null || row.exact().isEmpty()
                        ? null
                        : new Tooltip(row.exact()));
              }
            });
    return c;
  }

  private HBox toolbar() {
    Button refresh = new Button(i18n.get("accounts.refresh"), new FontIcon(Feather.REFRESH_CW));
    refresh.setId("accounts-refresh");
    refresh.setOnAction(e -> model.refresh());
    ProgressIndicator progress = new ProgressIndicator();
    progress.setId("accounts-progress");
    progress.setPrefSize(20, 20);
    progress.visibleProperty().bind(model.busyProperty());
    Button cancel = new Button(i18n.get("accounts.cancel"));
    cancel.setId("accounts-cancel");
    cancel.setCancelButton(true);
    cancel.visibleProperty().bind(model.busyProperty());
    cancel.managedProperty().bind(model.busyProperty());
    cancel.setOnAction(e -> model.cancelRefresh());
    ComboBox<PathPreset> preset =
        new ComboBox<>(FXCollections.observableArrayList(PathPreset.values()));
    preset.setId("accounts-preset");
    preset.setConverter(Controls.converter(p -> i18n.get("gate.preset." + p.id())));
    preset.valueProperty().bindBidirectional(model.presetProperty());
    Button add = new Button(i18n.get("accounts.add"), new FontIcon(Feather.PLUS));
    add.setId("accounts-add");
    add.setOnAction(e -> model.addAccount());
    CheckBox hidden = new CheckBox(i18n.get("accounts.showHidden"));
    hidden.setId("accounts-show-hidden");
    hidden.selectedProperty().bindBidirectional(model.showHiddenProperty());
    HBox bar =
        new HBox(
            8,
            refresh,
            progress,
            cancel,
            new Label(i18n.get("accounts.layout")),
            preset,
            add,
            hidden);
    bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    return bar;
  }

  private HBox rowActions() {
    Button use = action("accounts-select", "accounts.select", Feather.CHECK_CIRCLE);
    use.setOnAction(e -> model.select(selected().account()));
    Button rename = action("accounts-rename", "accounts.rename", Feather.EDIT_2);
    rename.setOnAction(e -> rename(selected()));
    Button hide = action("accounts-hide", "accounts.hide", Feather.EYE_OFF);
    hide.textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    selected() != null && selected().account().hidden()
                        ? i18n.get("accounts.unhide")
                        : i18n.get("accounts.hide"),
                table.getSelectionModel().selectedItemProperty()));
    hide.setOnAction(e -> model.setHidden(selected().account(), !selected().account().hidden()));
    Button copy = action("accounts-copy", "accounts.copy", Feather.COPY);
    copy.setOnAction(e -> copy(selected()));
    Button qr = action("accounts-qr", "accounts.qr", Feather.GRID);
    qr.setOnAction(e -> showQr(selected()));
    HBox box = new HBox(8, use, rename, hide, copy, qr);
    return box;
  }

  private Button action(String id, String key, Feather icon) {
    Button b = new Button(i18n.get(key), new FontIcon(icon));
    b.setId(id);
    b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    return b;
  }

  private HBox tokenForm() {
    Button add = new Button(i18n.get("accounts.token.add"));
    add.setId("accounts-token-add");
    add.setOnAction(e -> model.addToken());
    Label label = new Label(i18n.get("accounts.token.label"));
    label.setMinWidth(Region.USE_PREF_SIZE);
    add.setMinWidth(Region.USE_PREF_SIZE);
    javafx.scene.control.TextField field =
        Controls.textField("accounts-token-address", model.tokenAddressProperty(), 30);
    field.setPromptText("0x…");
    HBox.setHgrow(field, Priority.ALWAYS);
    HBox box = new HBox(8, label, field, add);
    box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    return box;
  }

  private void selectCurrent() {
    if (table.getSelectionModel().getSelectedItem() == null) {
      model.rows().stream()
          .filter(Row::selected)
          .findFirst()
          .ifPresent(r -> table.getSelectionModel().select(r));
    }
  }

  private Row selected() {
    return table.getSelectionModel().getSelectedItem();
  }

  private void rename(Row row) {
    TextInputDialog dialog = new TextInputDialog(row.account().name());
    dialog.setTitle(i18n.get("accounts.rename"));
    dialog.setHeaderText(row.account().address().toString());
    dialog.setContentText(i18n.get("accounts.col.name"));
    dialog.getEditor().setId("accounts-rename-field");
    dialog.initOwner(root.getScene().getWindow());
    dialog.showAndWait().ifPresent(name -> model.rename(row.account(), name));
  }

  private static void copy(Row row) {
    AddressView.copy(row.account().address().toString());
  }

  private void showQr(Row row) {
    String address = row.account().address().toString();
    Dialog<Void> dialog = new Dialog<>();
    dialog.setTitle(i18n.get("accounts.qr"));
    dialog.initOwner(root.getScene().getWindow());
    ImageView image = new ImageView(QrImages.render(QrCode.encode(address), 260));
    image.setId("accounts-qr-image");
    HBox text =
        AddressView.full(
            "accounts-qr-address",
            new ReadOnlyStringWrapper(address),
            i18n.get("accounts.copy"),
            260,
            true);
    VBox box = new VBox(8, image, text);
    box.setAlignment(javafx.geometry.Pos.CENTER);
    dialog.getDialogPane().setContent(box);
    dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    dialog.show();
  }
}
