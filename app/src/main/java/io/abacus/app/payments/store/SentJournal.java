package io.abacus.app.payments.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.LoggerFactory;

/** The wallet's sent transactions, in {@code <data>/payments/sent.json}. */
public final class SentJournal {
  private final JsonListFile<SentRecord> file;

  public SentJournal(Path file) {
    this.file = new JsonListFile<>(file, SentRecord.class);
  }

  public static SentJournal inDataDirectory(Path dataDirectory) {
    return new SentJournal(dataDirectory.resolve("payments").resolve("sent.json"));
  }

  /** Entries sent from {@code from} on {@code chainId}, oldest first. */
  public synchronized List<SentRecord> of(String from, long chainId) throws IOException {
    return file.read().stream()
        .filter(r -> r.from().equalsIgnoreCase(from) && r.chainId() == chainId)
        .toList();
  }

  /**
   * Records a transaction that is already broadcast. A failure to write must not look like a failed
   * payment (the user could pay twice), so it is logged and the payment goes on; the pending
   * journal of wallet-core still knows the transaction.
   */
  public void record(SentRecord record) {
    try {
      add(record);
    } catch (IOException | RuntimeException e) {
      LoggerFactory.getLogger(SentJournal.class)
          .warn(
              "could not record sent transaction {} in {}: {}",
              record.hash(),
              file.file(),
              e.toString());
    }
  }

  public synchronized void add(SentRecord record) throws IOException {
    file.update(
        all -> {
          all.removeIf(r -> r.hash().equalsIgnoreCase(record.hash()));
          all.add(record);
          return all;
        });
  }
}
