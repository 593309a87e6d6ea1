package io.abacus.app.payments.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Notes and labels per transaction, in {@code <data>/payments/notes.json}. */
public final class TxNotes {
  private final JsonListFile<TxNote> file;

  public TxNotes(Path file) {
    this.file = new JsonListFile<>(file, TxNote.class);
  }

  public static TxNotes inDataDirectory(Path dataDirectory) {
    return new TxNotes(dataDirectory.resolve("payments").resolve("notes.json"));
  }

  /** All notes by lower-case hash. */
  public synchronized Map<String, TxNote> all() throws IOException {
    return file.read().stream().collect(Collectors.toMap(TxNote::hash, Function.identity()));
  }

  /** Saves {@code note}; an empty label and note removes the entry. */
  public synchronized void put(TxNote note) throws IOException {
    file.update(
        list -> {
          list.removeIf(n -> n.hash().equals(note.hash().toLowerCase(Locale.ROOT)));
          if (!note.label().isEmpty() || !note.note().isEmpty()) {
            list.add(note);
          }
          return list;
        });
  }
}
