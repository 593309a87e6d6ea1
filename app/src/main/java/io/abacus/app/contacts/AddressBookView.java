package io.abacus.app.contacts;

import static io.abacus.app.ui.Controls.errorLabel;
import static io.abacus.app.ui.Controls.formGrid;
import static io.abacus.app.ui.Controls.textField;

import io.abacus.app.i18n.I18n;
import io.abacus.wallet.contacts.Contact;
import java.io.File;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The address book screen, bound to an {@link AddressBookViewModel}. */
public final class AddressBookView {
  private final AddressBookViewModel model;
  private final I18n i18n;
  private final VBox root;

  public AddressBookView(AddressBookViewModel model, I18n i18n) {
    this.model = model;
    this.i18n = i18n;
    TextField filter = new TextField();
    filter.setId("contacts-filter");
    filter.setPromptText(i18n.get("contacts.filter"));
    filter.textProperty().bindBidirectional(model.filterProperty());
    TableView<Contact> table = table();
    Label status = new Label();
    status.setId("contacts-status");
    status.setWrapText(true);
    status.textProperty().bind(model.statusProperty());
    root = new VBox(10, new HBox(8, filter, csvButtons()), table, form(table), status);
    root.setPadding(new Insets(0, 24, 24, 0));
    VBox.setVgrow(table, Priority.ALWAYS);
  }

  public Node root() {
    return root;
  }

  private TableView<Contact> table() {
    TableView<Contact> table = new TableView<>(model.visibleContacts());
    table.setId("contacts-table");
    table.setPlaceholder(new Label(i18n.get("contacts.empty")));
    TableColumn<Contact, String> name = new TableColumn<>(i18n.get("contacts.name"));
    name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
    name.setPrefWidth(200);
    TableColumn<Contact, String> address = new TableColumn<>(i18n.get("contacts.address"));
    address.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().address().toString()));
    address.setPrefWidth(380);
    TableColumn<Contact, String> note = new TableColumn<>(i18n.get("contacts.note"));
    note.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().note()));
    note.setPrefWidth(220);
    table.getColumns().setAll(java.util.List.of(name, address, note));
    table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.edit(b));
    return table;
  }

  private Node form(TableView<Contact> table) {
    GridPane grid = formGrid();
    grid.addRow(
        0,
        new Label(i18n.get("contacts.name")),
        textField("contact-name", model.nameProperty(), 36));
    grid.addRow(
        1,
        new Label(i18n.get("contacts.address")),
        textField("contact-address", model.addressProperty(), 36));
    grid.addRow(
        2,
        new Label(i18n.get("contacts.note")),
        textField("contact-note", model.noteProperty(), 36));
    Label error = errorLabel("contact-error", model.errorProperty());
    Button save = new Button(i18n.get("contacts.save"));
    save.setId("contact-save");
    save.setDefaultButton(true);
    save.setOnAction(e -> model.save());
    Button clear = new Button(i18n.get("contacts.new"));
    clear.setId("contact-new");
    clear.setOnAction(
        e -> {
          table.getSelectionModel().clearSelection();
          model.clearForm();
        });
    Button remove = new Button(i18n.get("contacts.remove"));
    remove.setId("contact-remove");
    remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    remove.setOnAction(e -> model.remove(table.getSelectionModel().getSelectedItem()));
    Button copy = new Button(i18n.get("common.copyAddress"));
    copy.setId("contact-copy");
    copy.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    copy.setOnAction(
        e -> {
          ClipboardContent content = new ClipboardContent();
          content.putString(table.getSelectionModel().getSelectedItem().address().toString());
          Clipboard.getSystemClipboard().setContent(content);
        });
    return new VBox(8, grid, error, new HBox(8, save, clear, remove, copy));
  }

  private Node csvButtons() {
    Button importCsv = new Button(i18n.get("contacts.import"));
    importCsv.setId("contacts-import");
    importCsv.setOnAction(
        e -> {
          File f = chooser().showOpenDialog(root.getScene().getWindow());
          if (f != null) {
            model.importCsv(f.toPath());
          }
        });
    Button exportCsv = new Button(i18n.get("contacts.export"));
    exportCsv.setId("contacts-export");
    exportCsv.setOnAction(
        e -> {
          FileChooser chooser = chooser();
          chooser.setInitialFileName("address-book.csv");
          File f = chooser.showSaveDialog(root.getScene().getWindow());
          if (f != null) {
            model.exportCsv(f.toPath());
          }
        });
    return new HBox(8, importCsv, exportCsv);
  }

  private FileChooser chooser() {
    FileChooser chooser = new FileChooser();
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
    chooser.setInitialDirectory(io.abacus.app.ui.RecentFolder.home().toFile());
    return chooser;
  }
}
