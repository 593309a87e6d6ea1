package io.abacus.app.invoices;

import io.abacus.app.payments.Asset;
import io.abacus.wallet.contacts.Contact;
import io.abacus.wallet.invoice.IncomingPayment;
import io.abacus.wallet.invoice.InvoiceState;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the Invoices page shows of the last load or sync: the invoices through the filters, the
 * totals per asset, the unassigned payments, the assets offered to the form, and the selection,
 * which survives a reload.
 */
final class InvoiceList {
  private final NewInvoiceForm form;
  private final Clock clock;
  private final List<InvoiceState> all = new ArrayList<>();
  private final ObservableList<InvoiceState> rows = FXCollections.observableArrayList();
  private final ObservableList<InvoiceTotals> totals = FXCollections.observableArrayList();
  private final ObservableList<IncomingPayment> unassigned = FXCollections.observableArrayList();
  private final ObservableList<Asset> assets = FXCollections.observableArrayList();
  private final ObjectProperty<InvoiceState> selected = new SimpleObjectProperty<>();
  private final InvoiceFilter filter = new InvoiceFilter();

  InvoiceList(NewInvoiceForm form, Clock clock) {
    this.form = form;
    this.clock = clock;
    filter.onChange(this::applyFilter);
  }

  ObservableList<InvoiceState> rows() {
    return rows;
  }

  ObservableList<InvoiceTotals> totals() {
    return totals;
  }

  ObservableList<IncomingPayment> unassigned() {
    return unassigned;
  }

  ObservableList<Asset> assets() {
    return assets;
  }

  ObjectProperty<InvoiceState> selectedProperty() {
    return selected;
  }

  InvoiceFilter filter() {
    return filter;
  }

  /** Every invoice of the network, unfiltered. */
  List<InvoiceState> all() {
    return List.copyOf(all);
  }

  /** Shows {@code loaded}; the form gets its assets (keeping its choice) and the contacts. */
  void show(InvoicePageSync.Loaded loaded, List<Contact> contacts) {
    form.contacts().setAll(contacts);
    if (!assets.equals(loaded.assets())) {
      ObjectProperty<Asset> asset = form.assetProperty();
      Asset keep = asset.get();
      assets.setAll(loaded.assets());
      asset.set(
          keep != null && assets.contains(keep) ? keep : assets.isEmpty() ? null : assets.get(0));
    }
    all.clear();
    all.addAll(loaded.matching().invoices());
    unassigned.setAll(loaded.matching().unassigned());
    totals.setAll(InvoiceTotals.of(all, LocalDate.now(clock)));
    applyFilter();
  }

  /** Selects the invoice {@code id} if the filters show it, else nothing. */
  void select(String id) {
    selected.set(rows.stream().filter(s -> s.invoice().id().equals(id)).findFirst().orElse(null));
  }

  private void applyFilter() {
    String keep = selected.get() == null ? null : selected.get().invoice().id();
    rows.setAll(all.stream().filter(filter).toList());
    select(keep);
  }
}
