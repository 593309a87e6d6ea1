package io.abacus.wallet.contacts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.csv.Csv;
import io.abacus.wallet.csv.CsvWriter;
import io.abacus.wallet.storage.AtomicFile;
import io.abacus.wallet.storage.LockedFile;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The user's address book: one JSON file in the data folder, written atomically. Its names are the
 * labels of the whole app (wallet and explorer). Thread-safe.
 */
public final class AddressBook {
  /** File format version written into the JSON. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> CSV_HEADER = List.of("name", "address", "note");

  private final Path file;
  private final Map<Address, Contact> contacts = new LinkedHashMap<>();

  private AddressBook(Path file) {
    this.file = file;
  }

  /**
   * Opens the address book stored in {@code file} (empty if none yet).
   *
   * @throws IOException if the file exists but cannot be read or parsed (nor its backup)
   */
  public static AddressBook open(Path file) throws IOException {
    AddressBook book = new AddressBook(file);
    Optional<byte[]> bytes = AtomicFile.read(file);
    if (bytes.isPresent()) {
      try {
        book.load(bytes.get());
      } catch (IOException | IllegalArgumentException e) {
        Optional<byte[]> backup = AtomicFile.readBackup(file);
        if (backup.isEmpty()) {
          throw new IOException("the address book " + file + " is damaged: " + e.getMessage(), e);
        }
        book.contacts.clear();
        book.load(backup.get());
      }
    }
    return book;
  }

  /** All contacts, by name. */
  public synchronized List<Contact> all() {
    List<Contact> list = new ArrayList<>(contacts.values());
    list.sort(Comparator.comparing((Contact c) -> c.name().toLowerCase(Locale.ROOT)));
    return list;
  }

  public synchronized Optional<Contact> find(Address address) {
    return Optional.ofNullable(contacts.get(address));
  }

  /** The label of {@code address}, if it has one. */
  public Optional<String> label(Address address) {
    return find(address).map(Contact::name);
  }

  /**
   * Contacts whose name contains {@code query} or whose address starts with it (case-insensitive),
   * for autocomplete; at most {@code limit}.
   */
  public synchronized List<Contact> search(String query, int limit) {
    String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    return all().stream()
        .filter(
            c ->
                c.name().toLowerCase(Locale.ROOT).contains(q)
                    || c.address().toLowerHex().startsWith(q))
        .limit(limit)
        .toList();
  }

  /** Adds or replaces the contact for its address and saves. */
  public synchronized void put(Contact contact) throws IOException {
    LockedFile.withLock(
        file,
        () -> {
          catchUp();
          Contact previous = contacts.put(contact.address(), contact);
          try {
            save();
          } catch (IOException e) {
            restore(contact.address(), previous);
            throw e;
          }
          return null;
        });
  }

  /** Removes the contact of {@code address} and saves. */
  public synchronized void remove(Address address) throws IOException {
    LockedFile.withLock(
        file,
        () -> {
          catchUp();
          Contact previous = contacts.remove(address);
          try {
            save();
          } catch (IOException e) {
            restore(address, previous);
            throw e;
          }
          return null;
        });
  }

  /**
   * Takes in what another Abacus process saved since this book last read or wrote the file (called
   * under the file's lock, before a change): two programs adding contacts at once keep both. A file
   * that cannot be read leaves the contacts in memory as they are.
   */
  private void catchUp() throws IOException {
    Optional<byte[]> bytes = AtomicFile.read(file);
    if (bytes.isEmpty()) {
      return;
    }
    Map<Address, Contact> before = new LinkedHashMap<>(contacts);
    contacts.clear();
    try {
      load(bytes.get());
    } catch (IOException | IllegalArgumentException e) {
      contacts.clear();
      contacts.putAll(before);
    }
  }

  /**
   * Writes {@code name,address,note} rows with a header, with {@link CsvWriter} (a name that looks
   * like a spreadsheet formula is defused).
   */
  public synchronized void exportCsv(Writer out) {
    try {
      CsvWriter csv = new CsvWriter(out, CSV_HEADER);
      for (Contact c : all()) {
        csv.row(c.name(), c.address().toString(), c.note());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Imports {@code name,address[,note]} rows (a header row is recognised and skipped). Valid rows
   * are added or update the contact of the same address; invalid rows are reported by line and
   * skipped; nothing is saved if no row is valid.
   */
  public synchronized ImportResult importCsv(Reader in) throws IOException {
    List<List<String>> rows = Csv.read(in);
    return LockedFile.withLock(
        file,
        () -> {
          catchUp();
          return importRows(rows);
        });
  }

  private ImportResult importRows(List<List<String>> rows) throws IOException {
    int added = 0;
    int updated = 0;
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      if (i == 0 && !row.isEmpty() && row.get(0).strip().equalsIgnoreCase("name")) {
        continue;
      }
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      try {
        if (row.size() < 2) {
          throw new IllegalArgumentException("expected name,address[,note]");
        }
        Contact c =
            new Contact(Address.parse(row.get(1)), row.get(0), row.size() > 2 ? row.get(2) : "");
        if (contacts.put(c.address(), c) == null) {
          added++;
        } else {
          updated++;
        }
      } catch (IllegalArgumentException e) { // includes InvalidAddressException
        problems.add("row " + (i + 1) + ": " + e.getMessage());
      }
    }
    if (added + updated > 0) {
      save();
    }
    return new ImportResult(added, updated, problems);
  }

  /**
   * What an import did.
   *
   * @param added new contacts
   * @param updated contacts whose name or note changed
   * @param problems rows skipped, each with its row number and reason
   */
  public record ImportResult(int added, int updated, List<String> problems) {}

  private void restore(Address address, Contact previous) {
    if (previous == null) {
      contacts.remove(address);
    } else {
      contacts.put(address, previous);
    }
  }

  private void save() throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", FORMAT_VERSION);
    ArrayNode list = root.putArray("contacts");
    for (Contact c : contacts.values()) {
      list.addObject()
          .put("address", c.address().toString())
          .put("name", c.name())
          .put("note", c.note());
    }
    byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    LockedFile.update(file, current -> bytes);
  }

  private void load(byte[] bytes) throws IOException {
    JsonNode root = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
    int version = root.path("version").asInt(0);
    if (version > FORMAT_VERSION) {
      throw new IOException(
          "the address book was written by a newer Abacus (format " + version + ")");
    }
    for (JsonNode n : root.path("contacts")) {
      Contact c =
          new Contact(
              Address.parse(n.path("address").asText()),
              n.path("name").asText(),
              n.path("note").asText(""));
      contacts.put(c.address(), c);
    }
  }
}
