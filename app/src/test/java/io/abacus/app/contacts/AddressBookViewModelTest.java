package io.abacus.app.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.SpreadsheetSafe;
import io.abacus.app.i18n.I18n;
import io.abacus.app.task.TaskExecutor;
import io.abacus.wallet.contacts.AddressBook;
import io.abacus.wallet.contacts.Contact;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AddressBookViewModelTest {
  @TempDir Path dir;
  private AddressBook book;
  private AddressBookViewModel model;

  @BeforeEach
  void setUp() throws Exception {
    book = AddressBook.open(dir.resolve("address-book.json"));
    model = new AddressBookViewModel(book, TaskExecutor.sameThread(), new I18n(Locale.ENGLISH));
  }

  @Test
  void savingAValidContactAddsItAndClearsTheForm() {
    model.nameProperty().set("Acme Coffee");
    model.addressProperty().set("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    model.noteProperty().set("beans");
    assertThat(model.save()).isTrue();
    assertThat(model.visibleContacts()).extracting(Contact::name).containsExactly("Acme Coffee");
    assertThat(model.visibleContacts().get(0).address().toString())
        .isEqualTo("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    assertThat(model.nameProperty().get()).isEmpty();
    assertThat(model.statusProperty().get()).contains("Saved");
  }

  @Test
  void badChecksumOrMissingNameIsExplainedAndNothingSaved() {
    model.nameProperty().set("Typo");
    model.addressProperty().set("0x70997970C51812dc3A010C7d01b50e0d17dc79c8");
    assertThat(model.save()).isFalse();
    assertThat(model.errorProperty().get()).contains("checksum");
    model.addressProperty().set("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    model.nameProperty().set(" ");
    assertThat(model.save()).isFalse();
    assertThat(model.errorProperty().get()).contains("name");
    assertThat(book.all()).isEmpty();
  }

  @Test
  void aNameThatLooksLikeAFormulaIsExportedDefused() throws Exception {
    Path csv = dir.resolve("in.csv");
    Files.writeString(
        csv,
        "name,address,note\n\"=HYPERLINK(\"\"http://evil.example\"\")\","
            + "0x70997970c51812dc3a010c7d01b50e0d17dc79c8,@SUM(1)\n");
    model.importCsv(csv);
    assertThat(model.visibleContacts())
        .extracting(Contact::name)
        .containsExactly("=HYPERLINK(\"http://evil.example\")");
    Path out = dir.resolve("out.csv");
    model.exportCsv(out);
    SpreadsheetSafe.assertSafe(out);
    assertThat(Files.readString(out)).contains("\"'=HYPERLINK(").contains(",'@SUM(1)");
  }

  @Test
  void filterEditRemoveAndCsvRoundTrip() throws Exception {
    Path csv = dir.resolve("in.csv");
    Files.writeString(
        csv,
        "name,address,note\nAcme,0x70997970c51812dc3a010c7d01b50e0d17dc79c8,\n"
            + "Bolt,0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc,tools\nBad,0x12,\n");
    model.importCsv(csv);
    assertThat(model.visibleContacts()).hasSize(2);
    assertThat(model.statusProperty().get()).contains("2 added").contains("1 rows skipped");

    model.filterProperty().set("bol");
    assertThat(model.visibleContacts()).extracting(Contact::name).containsExactly("Bolt");
    model.edit(model.visibleContacts().get(0));
    assertThat(model.noteProperty().get()).isEqualTo("tools");
    model.filterProperty().set("");

    Path out = dir.resolve("out.csv");
    model.exportCsv(out);
    assertThat(Files.readString(out)).startsWith("name,address,note\r\nAcme,").contains("Bolt");

    model.remove(book.all().get(0));
    assertThat(model.visibleContacts()).extracting(Contact::name).containsExactly("Bolt");
  }
}
