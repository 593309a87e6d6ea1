package io.abacus.app.payments.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Payment JSON files edited by two stores at once (as by the app and a command). */
class PaymentStoresLockTest {
  @TempDir Path dir;

  @Test
  void twoStoresOnOneFileAddingAtOnceLoseNoNote() throws Exception {
    Path file = dir.resolve("notes.json");
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      TxNotes notes = new TxNotes(file);
      int base = t * 1000;
      threads.add(
          new Thread(
              () -> {
                for (int i = 0; i < 40; i++) {
                  try {
                    notes.put(new TxNote(String.format("0x%064x", base + i), "label", ""));
                  } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                }
              }));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    assertThat(new TxNotes(file).all()).hasSize(80);
  }

  @Test
  void aWriteComputedFromAnOldVersionFailsInsteadOfDroppingTheOtherChange() throws Exception {
    Path file = dir.resolve("list.json");
    JsonListFile<TxNote> mine = new JsonListFile<>(file, TxNote.class);
    List<TxNote> seen = new ArrayList<>(mine.read());
    new TxNotes(file).put(new TxNote("0x01", "theirs", ""));
    seen.add(new TxNote("0x02", "mine", ""));
    byte[] before = Files.readAllBytes(file);
    assertThatThrownBy(() -> mine.write(seen)).hasMessageContaining("changed by another");
    assertThat(file).hasBinaryContent(before);
  }
}
