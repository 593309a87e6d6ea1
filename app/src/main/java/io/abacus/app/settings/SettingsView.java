package io.abacus.app.settings;

import static io.abacus.app.ui.Controls.converter;
import static io.abacus.app.ui.Controls.errorLabel;
import static io.abacus.app.ui.Controls.formGrid;
import static io.abacus.app.ui.Controls.section;
import static io.abacus.app.ui.Controls.textField;

import io.abacus.app.i18n.I18n;
import io.abacus.wallet.network.Network;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The settings screen, bound to a {@link SettingsViewModel}. */
public final class SettingsView {
  private final SettingsViewModel model;
  private final I18n i18n;
  private final ScrollPane root;

  public SettingsView(SettingsViewModel model, I18n i18n) {
    this.model = model;
    this.i18n = i18n;
    VBox content =
        new VBox(
            18,
            appearance(),
            networks(),
            addNetworkForm(),
            invoicing(),
            dataFolder(),
            statusLine());
    content.setPadding(new Insets(0, 24, 24, 0));
    root = new ScrollPane(content);
    root.setFitToWidth(true);
    root.setId("settings");
  }

  public Node root() {
    return root;
  }

  private Node appearance() {
    ComboBox<Theme> theme = new ComboBox<>();
    theme.setId("settings-theme");
    theme.getItems().setAll(Theme.values());
    theme.setConverter(converter(t -> i18n.get("settings.theme." + t.name())));
    theme.valueProperty().bindBidirectional(model.themeProperty());

    ComboBox<Language> language = new ComboBox<>();
    language.setId("settings-language");
    language.getItems().setAll(Language.values());
    language.setConverter(converter(Language::nativeName));
    language.valueProperty().bindBidirectional(model.languageProperty());

    Spinner<Integer> autoLock = new Spinner<>(0, 24 * 60, model.autoLockMinutesProperty().get());
    autoLock.setId("settings-autolock");
    autoLock.setEditable(true);
    autoLock.valueProperty().addListener((o, a, b) -> model.autoLockMinutesProperty().set(b));

    GridPane grid = formGrid();
    grid.addRow(0, new Label(i18n.get("settings.theme")), theme);
    grid.addRow(1, new Label(i18n.get("settings.language")), language);
    grid.addRow(2, new Label(i18n.get("settings.autoLock")), autoLock);
    return section(i18n.get("settings.appearance"), grid);
  }

  private Node networks() {
    ComboBox<Network> inUse = new ComboBox<>(model.networks());
    inUse.setId("settings-network-in-use");
    inUse.setConverter(converter(n -> NetworkNames.display(n, i18n)));
    inUse.valueProperty().bindBidirectional(model.selectedNetworkProperty());

    ListView<Network> list = new ListView<>(model.networks());
    list.setId("settings-networks");
    list.setPrefHeight(180);
    list.setCellFactory(v -> new NetworkCell());

    Button test = new Button(i18n.get("settings.network.test"));
    test.setId("settings-test-connection");
    test.disableProperty()
        .bind(list.getSelectionModel().selectedItemProperty().isNull().or(model.busyProperty()));
    test.setOnAction(e -> model.testConnection(list.getSelectionModel().getSelectedItem()));
    Button remove = new Button(i18n.get("settings.network.remove"));
    remove.setId("settings-remove-network");
    remove
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> {
                  Network n = list.getSelectionModel().getSelectedItem();
                  return n == null || n.kind() != Network.Kind.CUSTOM;
                },
                list.getSelectionModel().selectedItemProperty()));
    remove.setOnAction(e -> confirmRemove(list.getSelectionModel().getSelectedItem()));

    HBox inUseRow = new HBox(8, new Label(i18n.get("settings.network.inUse")), inUse);
    Label result = besideButtons("settings-network-result", model.networkStatusProperty());
    HBox buttons = new HBox(8, test, remove, result);
    buttons.setAlignment(Pos.CENTER_LEFT);
    model.multiSend().networkProperty().bind(list.getSelectionModel().selectedItemProperty());
    return section(
        i18n.get("settings.networks"), new VBox(8, inUseRow, list, buttons, multiSendField()));
  }

  /** The selected network's multi-send contract, under its node settings. */
  private Node multiSendField() {
    MultiSendForm f = model.multiSend();
    Label title = new Label();
    title.setId("settings-multisend-title");
    title.textProperty().bind(f.titleProperty());
    Button save = new Button(i18n.get("settings.multiSend.save"));
    save.setId("settings-multisend-save");
    save.setOnAction(e -> f.save());
    HBox row =
        new HBox(
            8,
            textField("settings-multisend-address", f.addressProperty(), 36),
            save,
            besideButtons("settings-multisend-result", f.resultProperty()));
    row.setAlignment(Pos.CENTER_LEFT);
    row.disableProperty().bind(f.networkProperty().isNull());
    Label hint = new Label(i18n.get("settings.multiSend.hint"));
    hint.getStyleClass().add("text-muted");
    hint.setWrapText(true);
    return new VBox(4, title, row, errorLabel("settings-multisend-error", f.errorProperty()), hint);
  }

  /** Asks before removing; the view model removes only after "Remove" is chosen. */
  private void confirmRemove(Network n) {
    ButtonType yes =
        new ButtonType(i18n.get("settings.network.removeConfirm"), ButtonBar.ButtonData.OK_DONE);
    ButtonType no =
        new ButtonType(
            i18n.get("settings.network.removeCancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    Alert ask = new Alert(Alert.AlertType.CONFIRMATION, model.removeQuestion(n), yes, no);
    ask.setTitle(i18n.get("settings.network.removeTitle"));
    ask.setHeaderText(null);
    if (root.getScene() != null) {
      ask.initOwner(root.getScene().getWindow());
    }
    ask.getDialogPane().setId("settings-remove-confirm");
    ask.showAndWait().filter(yes::equals).ifPresent(b -> model.removeNetwork(n));
  }

  private static Label besideButtons(String id, ObservableValue<String> text) {
    Label label = new Label();
    label.setId(id);
    label.setWrapText(true);
    label.setMinWidth(0);
    label.textProperty().bind(text);
    HBox.setHgrow(label, Priority.ALWAYS);
    return label;
  }

  private Node addNetworkForm() {
    NetworkForm form = model.form();
    GridPane grid = formGrid();
    grid.addRow(
        0,
        new Label(i18n.get("settings.form.name")),
        textField("net-name", form.nameProperty(), 28));
    grid.addRow(
        1,
        new Label(i18n.get("settings.form.rpcUrl")),
        textField("net-url", form.rpcUrlProperty(), 28));
    grid.addRow(
        2,
        new Label(i18n.get("settings.form.chainId")),
        textField("net-chain", form.chainIdProperty(), 28));
    grid.addRow(
        3,
        new Label(i18n.get("settings.form.currency")),
        textField("net-currency", form.currencySymbolProperty(), 28));
    grid.addRow(
        4,
        new Label(i18n.get("settings.form.decimals")),
        textField("net-decimals", form.decimalsProperty(), 28));
    PasswordField auth = new PasswordField();
    auth.setId("net-auth");
    auth.textProperty().bindBidirectional(form.authHeaderProperty());
    grid.addRow(5, new Label(i18n.get("settings.form.auth")), auth);
    Label error = errorLabel("net-error", form.errorProperty());
    CheckBox override = new CheckBox();
    override.setId("net-override");
    override.setWrapText(true);
    override.textProperty().bind(form.overrideOfferProperty());
    override.selectedProperty().bindBidirectional(form.overrideProperty());
    override.visibleProperty().bind(form.overrideOfferProperty().isNotEmpty());
    override.managedProperty().bind(override.visibleProperty());
    Button add = new Button(i18n.get("settings.network.add"));
    add.setId("net-add");
    add.setDefaultButton(false);
    add.disableProperty().bind(form.checkingProperty());
    add.setOnAction(e -> model.addNetwork());
    HBox addRow = new HBox(8, add, besideButtons("net-result", form.resultProperty()));
    addRow.setAlignment(Pos.CENTER_LEFT);
    return section(i18n.get("settings.network.add"), new VBox(8, grid, error, override, addRow));
  }

  /** The business printed on invoices and the confirmations invoice payments need. */
  private Node invoicing() {
    InvoicingForm f = model.invoicing();
    javafx.scene.control.TextArea address = new javafx.scene.control.TextArea();
    address.setId("settings-business-address");
    address.setPrefRowCount(3);
    address.setPrefColumnCount(28);
    address.textProperty().bindBidirectional(f.businessAddressProperty());
    Button save = new Button(i18n.get("invoices.saveBusiness"));
    save.setId("settings-business-save");
    save.setOnAction(e -> f.saveBusiness());
    Spinner<Integer> confirmations =
        new Spinner<>(1, InvoiceSettings.MAX_CONFIRMATIONS, f.confirmationsProperty().get());
    confirmations.setId("settings-confirmations");
    confirmations.setEditable(true);
    confirmations.valueProperty().addListener((o, a, b) -> f.confirmationsProperty().set(b));
    f.confirmationsProperty()
        .addListener((o, a, b) -> confirmations.getValueFactory().setValue(b.intValue()));
    GridPane grid = formGrid();
    grid.addRow(
        0,
        new Label(i18n.get("invoices.businessName")),
        textField("settings-business-name", f.businessNameProperty(), 24));
    grid.addRow(1, new Label(i18n.get("invoices.businessAddress")), address);
    grid.addRow(2, new Label(), save);
    grid.addRow(3, new Label(i18n.get("settings.invoicing.confirmations")), confirmations);
    Label hint = new Label(i18n.get("settings.invoicing.confirmations.hint"));
    hint.getStyleClass().add("text-muted");
    hint.setWrapText(true);
    return section(i18n.get("invoices.business"), new VBox(8, grid, hint));
  }

  private Node dataFolder() {
    Label path = new Label(model.dataFolder());
    path.setId("settings-data-folder");
    Label hint = new Label(i18n.get("settings.dataFolder.hint"));
    hint.getStyleClass().add("text-muted");
    hint.setWrapText(true);
    return section(i18n.get("settings.dataFolder"), new VBox(4, path, hint));
  }

  private Node statusLine() {
    Label status = new Label();
    status.setId("settings-status");
    status.setWrapText(true);
    status.textProperty().bind(model.statusProperty());
    return status;
  }

  private final class NetworkCell extends ListCell<Network> {
    @Override
    protected void updateItem(Network n, boolean empty) {
      super.updateItem(n, empty);
      if (empty || n == null) {
        setText(null);
        return;
      }
      String url = n.hasRpcUrl() ? n.rpcUrl() : "—";
      String money = n.testMoney() ? "  (" + i18n.get("settings.network.testMoney") + ")" : "";
      setText(NetworkNames.display(n, i18n) + "  ·  chain " + n.chainId() + "  ·  " + url + money);
    }
  }
}
