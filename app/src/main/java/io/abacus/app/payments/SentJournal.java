package io.abacus.app.payments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

  public synchronized void add(SentRecord record) throws IOException {
    List<SentRecord> all = new ArrayList<>(file.read());
    all.removeIf(r -> r.hash().equalsIgnoreCase(record.hash()));
    all.add(record);
    file.write(all);
  }
}
