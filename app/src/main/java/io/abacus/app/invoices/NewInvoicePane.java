package io.abacus.app.invoices;

import io.abacus.app.i18n.I18n;
import io.abacus.app.payments.Asset;
import io.abacus.app.ui.Controls;
import io.abacus.wallet.contacts.Contact;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.invoice.LineItem;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The new-invoice part of the Invoices page: asset, amount, customer (typed, or picked from the
 * address book), payer, reference, due date, and a small list of line items (add, remove) whose sum
 * is the amount when the amount is left empty.
 */
final class NewInvoicePane {
  private final InvoicesViewModel model;
  private final NewInvoiceForm form;
  private final I18n i18n;

  NewInvoicePane(InvoicesViewModel model, I18n i18n) {
    this.model = model;
    this.form = model.form();
    this.i18n = i18n;
  }

  Node root() {
    ComboBox<Asset> asset = new ComboBox<>(model.assets());
    asset.setId("invoice-asset");
    asset.setConverter(Controls.converter(Asset::label));
    asset.valueProperty().bindBidirectional(form.assetProperty());
    DatePicker due = new DatePicker();
    due.setId("invoice-due");
    due.setPromptText(i18n.get("invoices.due"));
    due.valueProperty().bindBidirectional(form.dueProperty());
    Button create = new Button(i18n.get("invoices.create"));
    create.setId("invoice-create");
    create.setDefaultButton(true);
    create.disableProperty().bind(model.busyProperty());
    create.setOnAction(e -> model.create());
    FlowPane row =
        new FlowPane(
            8,
            8,
            asset,
            prompt(
                Controls.textField("invoice-amount", form.amountProperty(), 8), "invoices.amount"),
            customer(),
            prompt(Controls.textField("invoice-payer", form.payerProperty(), 16), "invoices.payer"),
            prompt(
                Controls.textField("invoice-reference", form.referenceProperty(), 10),
                "invoices.reference"),
            due,
            create);
    return Controls.section(i18n.get("invoices.new"), new VBox(8, row, items()));
  }

  /** The customer: free text, with the address book's names to pick from. */
  private Node customer() {
    ComboBox<String> customer = new ComboBox<>();
    customer.setId("invoice-customer");
    customer.setEditable(true);
    customer.setPromptText(i18n.get("invoices.customer"));
    customer.getEditor().setPrefColumnCount(12);
    customer.getEditor().textProperty().bindBidirectional(form.customerProperty());
    form.contacts()
        .addListener(
            (ListChangeListener<Contact>)
                c ->
                    customer
                        .getItems()
                        .setAll(form.contacts().stream().map(Contact::name).toList()));
    return customer;
  }

  /** The line items: the list with a remove button, and a row to add one. */
  private Node items() {
    ListView<LineItem> list = new ListView<>(form.items());
    list.setId("invoice-items");
    list.setPrefHeight(72);
    list.setCellFactory(v -> new ItemCell());
    // Shown only once there are lines, so the page keeps its room for the invoices.
    list.visibleProperty().bind(Bindings.isNotEmpty(form.items()));
    list.managedProperty().bind(list.visibleProperty());
    Button add = new Button(i18n.get("invoices.item.add"));
    add.setId("invoice-item-add");
    add.setOnAction(e -> model.addItem());
    Button remove = new Button(i18n.get("invoices.item.remove"));
    remove.setId("invoice-item-remove");
    remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    remove.setOnAction(e -> form.items().remove(list.getSelectionModel().getSelectedItem()));
    TextField description =
        prompt(
            Controls.textField("invoice-item-description", form.itemDescriptionProperty(), 16),
            "invoices.item.description");
    HBox.setHgrow(description, Priority.ALWAYS);
    HBox entry =
        new HBox(
            8,
            description,
            prompt(
                Controls.textField("invoice-item-quantity", form.itemQuantityProperty(), 4),
                "invoices.pdf.quantity"),
            prompt(
                Controls.textField("invoice-item-price", form.itemPriceProperty(), 8),
                "invoices.pdf.unitPrice"),
            add,
            remove);
    Tooltip hint = new Tooltip(i18n.get("invoices.item.hint"));
    description.setTooltip(hint);
    add.setTooltip(hint);
    return new VBox(4, entry, list);
  }

  private TextField prompt(TextField field, String key) {
    field.setPromptText(i18n.get(key));
    return field;
  }

  private final class ItemCell extends ListCell<LineItem> {
    @Override
    protected void updateItem(LineItem item, boolean empty) {
      super.updateItem(item, empty);
      Asset a = form.assetProperty().get();
      if (empty || item == null || a == null) {
        setText(null);
        return;
      }
      setText(
          item.description()
              + " · "
              + item.quantity().toPlainString()
              + " × "
              + Quantities.format(item.unitPrice(), a.decimals())
              + " = "
              + Quantities.format(item.total(), a.decimals())
              + " "
              + a.symbol());
    }
  }
}
