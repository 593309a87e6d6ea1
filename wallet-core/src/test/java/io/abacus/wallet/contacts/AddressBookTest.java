package io.abacus.wallet.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.wallet.address.Address;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AddressBookTest {
  private static final Address ACME = Address.parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
  private static final Address BOLT = Address.parse("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
  @TempDir Path dir;

  @Test
  void twoBooksOnOneFileKeepEachOthersChanges() throws IOException {
    // The app and another Abacus process each hold the book open; before, the last save won.
    Path file = dir.resolve("address-book.json");
    AddressBook app = AddressBook.open(file);
    AddressBook other = AddressBook.open(file);
    app.put(new Contact(ACME, "Acme", ""));
    other.put(new Contact(BOLT, "Bolt", ""));
    app.put(new Contact(ACME, "Acme Coffee", "renamed"));
    other.remove(ACME);
    app.importCsv(new java.io.StringReader("name,address\nBolt Supplies," + BOLT + "\n"));

    assertThat(AddressBook.open(file).all())
        .extracting(Contact::name)
        .containsExactly("Bolt Supplies");
    assertThat(app.all()).extracting(Contact::name).containsExactly("Bolt Supplies");
  }

  @Test
  void contactsPersistAndAreSortedByName() throws IOException {
    Path file = dir.resolve("address-book.json");
    AddressBook book = AddressBook.open(file);
    book.put(new Contact(BOLT, "Bolt Supplies", "net 30"));
    book.put(new Contact(ACME, "acme coffee", ""));
    AddressBook reopened = AddressBook.open(file);
    assertThat(reopened.all())
        .extracting(Contact::name)
        .containsExactly("acme coffee", "Bolt Supplies");
    assertThat(reopened.label(BOLT)).contains("Bolt Supplies");
    assertThat(reopened.find(BOLT).orElseThrow().note()).isEqualTo("net 30");

    reopened.put(new Contact(BOLT, "Bolt Ltd", ""));
    reopened.remove(ACME);
    assertThat(AddressBook.open(file).all()).extracting(Contact::name).containsExactly("Bolt Ltd");
  }

  @Test
  void searchMatchesNamesAndAddressPrefixes() throws IOException {
    AddressBook book = AddressBook.open(dir.resolve("b.json"));
    book.put(new Contact(ACME, "Acme Coffee", ""));
    book.put(new Contact(BOLT, "Bolt Supplies", ""));
    assertThat(book.search("cof", 10)).extracting(Contact::name).containsExactly("Acme Coffee");
    assertThat(book.search("0x3c44", 10))
        .extracting(Contact::name)
        .containsExactly("Bolt Supplies");
    assertThat(book.search("", 1)).hasSize(1);
  }

  @Test
  void csvExportImportRoundTripsAndReportsBadRows() throws IOException {
    AddressBook book = AddressBook.open(dir.resolve("a.json"));
    book.put(new Contact(ACME, "Acme, Inc.", "says \"hi\""));
    StringWriter csv = new StringWriter();
    book.exportCsv(csv);
    assertThat(csv.toString())
        .startsWith("name,address,note\r\n")
        .contains("\"Acme, Inc.\",0x70997970C51812dc3A010C7d01b50e0d17dc79C8,\"says \"\"hi\"\"\"");

    AddressBook other = AddressBook.open(dir.resolve("b.json"));
    String input =
        csv
            + "Bolt,0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc\r\n"
            + "Typo,0x3C44CdDdB6a900fa2b585dd299e03d12FA4293Bc\r\n"
            + "NoAddress\r\n";
    AddressBook.ImportResult result = other.importCsv(new StringReader(input));
    assertThat(result.added()).isEqualTo(2);
    assertThat(result.problems()).hasSize(2);
    assertThat(result.problems().get(0)).startsWith("row 4").contains("checksum");
    assertThat(result.problems().get(1)).startsWith("row 5");
    assertThat(other.find(ACME).orElseThrow().note()).isEqualTo("says \"hi\"");
    assertThat(AddressBook.open(dir.resolve("b.json")).all()).hasSize(2);
  }

  @Test
  void csvExportDefusesFormulasAndImportsThemBackAsTyped() throws IOException {
    AddressBook book = AddressBook.open(dir.resolve("a.json"));
    book.put(new Contact(ACME, "=HYPERLINK(\"http://evil.example\",\"Acme\")", "@SUM(1)"));
    book.put(new Contact(BOLT, "-Bolt", "+1 555 0100"));
    StringWriter csv = new StringWriter();
    book.exportCsv(csv);
    assertThat(csv.toString())
        .contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Acme\"\")\"")
        .contains(",'@SUM(1)")
        .contains("'-Bolt,")
        .contains(",'+1 555 0100");

    AddressBook other = AddressBook.open(dir.resolve("b.json"));
    assertThat(other.importCsv(new StringReader(csv.toString())).added()).isEqualTo(2);
    assertThat(other.find(ACME).orElseThrow().name())
        .isEqualTo("=HYPERLINK(\"http://evil.example\",\"Acme\")");
    assertThat(other.find(BOLT).orElseThrow().note()).isEqualTo("+1 555 0100");
  }

  @Test
  void damagedFileFallsBackToThePreviousVersionOrSaysSo() throws IOException {
    Path file = dir.resolve("c.json");
    AddressBook book = AddressBook.open(file);
    book.put(new Contact(ACME, "Acme", ""));
    book.put(new Contact(BOLT, "Bolt", ""));
    Files.writeString(file, "{\"contacts\":[{\"address\":\"nope\"");
    assertThat(AddressBook.open(file).all()).extracting(Contact::name).containsExactly("Acme");

    Path lonely = dir.resolve("d.json");
    Files.writeString(lonely, "garbage");
    assertThatThrownBy(() -> AddressBook.open(lonely))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("damaged");
  }

  @Test
  void contactsNeedAName() {
    assertThatThrownBy(() -> new Contact(ACME, "  ", ""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
