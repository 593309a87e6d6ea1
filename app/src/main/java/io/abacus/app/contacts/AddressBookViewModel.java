package io.abacus.app.contacts;

import io.abacus.app.i18n.I18n;
import io.abacus.app.task.BackgroundTask;
import io.abacus.app.task.TaskExecutor;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.contacts.AddressBook;
import io.abacus.wallet.contacts.Contact;
import io.abacus.wallet.storage.AtomicFile;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The address book screen: list, filter, add/edit/remove, CSV import and export. */
public final class AddressBookViewModel {
  private final AddressBook book;
  private final TaskExecutor executor;
  private final I18n i18n;
  private final ObservableList<Contact> contacts = FXCollections.observableArrayList();
  private final FilteredList<Contact> visible = new FilteredList<>(contacts);
  private final StringProperty filter = new SimpleStringProperty("");
  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty address = new SimpleStringProperty("");
  private final StringProperty note = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final StringProperty status = new SimpleStringProperty("");

  public AddressBookViewModel(AddressBook book, TaskExecutor executor, I18n i18n) {
    this.book = book;
    this.executor = executor;
    this.i18n = i18n;
    filter.addListener((o, a, b) -> applyFilter(b));
    contacts.setAll(book.all());
  }

  public ObservableList<Contact> visibleContacts() {
    return visible;
  }

  public StringProperty filterProperty() {
    return filter;
  }

  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty addressProperty() {
    return address;
  }

  public StringProperty noteProperty() {
    return note;
  }

  /** Why the form cannot be saved, or empty. */
  public StringProperty errorProperty() {
    return error;
  }

  public StringProperty statusProperty() {
    return status;
  }

  /** Fills the form with a contact to edit it. */
  public void edit(Contact c) {
    if (c != null) {
      name.set(c.name());
      address.set(c.address().toString());
      note.set(c.note());
      error.set("");
    }
  }

  /** Saves the form as a contact (new, or replacing the one with the same address). */
  public boolean save() {
    Contact contact;
    try {
      contact = new Contact(Address.parse(address.get()), name.get(), note.get());
    } catch (IllegalArgumentException e) {
      error.set(e.getMessage());
      return false;
    }
    error.set("");
    executor.execute(
        BackgroundTask.ofRunnable(ctx -> book.put(contact))
            .onSuccess(
                v -> {
                  reload();
                  clearForm();
                  status.set(i18n.format("contacts.saved", contact.name()));
                })
            .onFailure(e -> status.set(i18n.format("contacts.saveFailed", e.getMessage()))));
    return true;
  }

  public void remove(Contact c) {
    executor.execute(
        BackgroundTask.ofRunnable(ctx -> book.remove(c.address()))
            .onSuccess(v -> reload())
            .onFailure(e -> status.set(i18n.format("contacts.saveFailed", e.getMessage()))));
  }

  public void importCsv(Path file) {
    executor.execute(
        BackgroundTask.of(
                ctx -> {
                  try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    return book.importCsv(in);
                  }
                })
            .onSuccess(
                r -> {
                  reload();
                  String summary = i18n.format("contacts.imported", r.added(), r.updated());
                  status.set(
                      r.problems().isEmpty()
                          ? summary
                          : summary
                              + " "
                              + i18n.format("contacts.skipped", r.problems().size())
                              + " "
                              + String.join("; ", r.problems()));
                })
            .onFailure(e -> status.set(i18n.format("contacts.importFailed", e.getMessage()))));
  }

  public void exportCsv(Path file) {
    executor.execute(
        BackgroundTask.ofRunnable(
                ctx -> {
                  StringWriter out = new StringWriter();
                  book.exportCsv(out);
                  AtomicFile.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
                })
            .onSuccess(v -> status.set(i18n.format("contacts.exported", file)))
            .onFailure(e -> status.set(i18n.format("contacts.exportFailed", e.getMessage()))));
  }

  public void clearForm() {
    name.set("");
    address.set("");
    note.set("");
    error.set("");
  }

  private void reload() {
    contacts.setAll(book.all());
  }

  private void applyFilter(String text) {
    String q = text == null ? "" : text.strip();
    if (q.isEmpty()) {
      visible.setPredicate(null);
    } else {
      var matches = book.search(q, Integer.MAX_VALUE);
      visible.setPredicate(matches::contains);
    }
  }
}
