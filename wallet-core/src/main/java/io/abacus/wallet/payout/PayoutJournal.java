package io.abacus.wallet.payout;

import io.abacus.wallet.address.Address;
import io.abacus.wallet.storage.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The payout journal: one JSON file per payout ({@code format} {@value #FORMAT}, {@code version}
 * {@value #VERSION}; version 2 added a row's {@code cancel} flag, so that an older Abacus refuses a
 * journal with a cancelled row instead of counting it paid; version 3 added multi-send {@code
 * batches} and a row's {@code batch}, and a version 2 journal is read as a version 3 one without
 * batches) holding every row and how far paying it got.
 *
 * <p>The journal's transactions are its batches and its rows without a batch; each has a key:
 * {@code -1 - id} for batch {@code id}, the row's index for a row. A batch is written together with
 * every row it covers, in one save; the rows copy its state, and its fee (the disperse's, plus that
 * of the approval its token needed) is carried whole by its first row, the others showing 0, so the
 * rows' fees add up to what was paid. Each change is written with {@link AtomicFile} (complete old
 * or complete new content, the previous version kept as {@code .bak}) before the step that depends
 * on it, so a run killed at any moment resumes from it.
 */
public final class PayoutJournal {
  public static final String FORMAT = "abacus-payout-journal";
  public static final int VERSION = 3;

  /** The file as stored ({@link JournalJson} reads and writes it). */
  record Content(
      String format,
      int version,
      long chainId,
      String from,
      String csvSha256,
      String created,
      List<JournalRow> rows,
      List<JournalBatch> batches) {
    Content {
      batches = batches == null ? List.of() : List.copyOf(batches);
    }
  }

  private final Path file;
  private Content content;

  private PayoutJournal(Path file, Content content) {
    this.file = file;
    this.content = content;
  }

  /**
   * The default journal of a CSV: {@code <data>/payouts/<first 16 hex digits of its SHA-256>.json}.
   */
  public static Path defaultFile(Path dataDirectory, byte[] csv) {
    return dataDirectory.resolve("payouts").resolve(sha256(csv).substring(0, 16) + ".json");
  }

  /** The SHA-256 of {@code bytes} in lower-case hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Creates and writes a journal with every item planned, each paid by its own transaction. */
  public static PayoutJournal create(
      Path file, long chainId, Address from, String csvSha256, List<PayoutItem> items)
      throws IOException {
    return create(
        file,
        chainId,
        from,
        csvSha256,
        items.stream().map(JournalRow::planned).toList(),
        List.of());
  }

  /**
   * Creates and writes a journal paying {@code items} through multi-send {@code contract}: one
   * batch for the native rows and one per token, each token batch preceded by an approval when
   * {@code approve} holds its address.
   */
  public static PayoutJournal createMultiSend(
      Path file,
      long chainId,
      Address from,
      String csvSha256,
      List<PayoutItem> items,
      Address contract,
      java.util.Set<Address> approve)
      throws IOException {
    MultiSendBatches grouped = MultiSendBatches.group(items, contract, approve);
    return create(file, chainId, from, csvSha256, grouped.rows(), grouped.batches());
  }

  private static PayoutJournal create(
      Path file,
      long chainId,
      Address from,
      String csvSha256,
      List<JournalRow> rows,
      List<JournalBatch> batches)
      throws IOException {
    PayoutJournal j =
        new PayoutJournal(
            file,
            new Content(
                FORMAT,
                VERSION,
                chainId,
                from.toString(),
                csvSha256,
                Instant.now().toString(),
                rows,
                batches));
    j.save();
    return j;
  }

  /** Reads the journal at {@code file}, or its previous version if the file is damaged. */
  public static Optional<PayoutJournal> open(Path file) throws IOException {
    Optional<byte[]> bytes = AtomicFile.read(file);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new PayoutJournal(file, parse(bytes.get(), file)));
    } catch (IOException damaged) {
      Optional<byte[]> backup = AtomicFile.readBackup(file);
      if (backup.isEmpty()) {
        throw damaged;
      }
      return Optional.of(new PayoutJournal(file, parse(backup.get(), file)));
    }
  }

  private static Content parse(byte[] bytes, Path file) throws IOException {
    Content c;
    try {
      c = JournalJson.parse(bytes);
    } catch (IOException | RuntimeException e) {
      throw new IOException("the payout journal " + file + " is damaged: " + e.getMessage(), e);
    }
    if (!FORMAT.equals(c.format()) || c.rows() == null) {
      throw new IOException(file + " is not a payout journal");
    }
    if (c.version() > VERSION) {
      throw new IOException(
          file + " was written by a newer Abacus (journal version " + c.version() + ")");
    }
    return migrate(c);
  }

  /**
   * A journal of an older version as the current version reads it: version 2 (and 1) had no
   * batches, every row paid by a transaction of its own, which is what a version 3 row without a
   * batch means. Written as version 3 from its next change on.
   */
  static Content migrate(Content c) {
    if (c.version() >= 3) {
      return c;
    }
    return new Content(
        c.format(), c.version(), c.chainId(), c.from(), c.csvSha256(), c.created(), c.rows(), null);
  }

  public Path file() {
    return file;
  }

  public long chainId() {
    return content.chainId();
  }

  public Address from() {
    return Address.parse(content.from());
  }

  public String csvSha256() {
    return content.csvSha256();
  }

  public synchronized List<JournalRow> rows() {
    return content.rows();
  }

  public synchronized JournalRow row(int index) {
    return content.rows().get(index);
  }

  /** The multi-send batches, in sending order (empty when each row has its own transaction). */
  public synchronized List<JournalBatch> batches() {
    return content.batches();
  }

  /** Batch {@code id}. */
  public synchronized JournalBatch batch(int id) {
    return content.batches().get(id);
  }

  /** Replaces row {@code index} and writes the journal before returning. */
  public synchronized void update(int index, JournalRow row) throws IOException {
    List<JournalRow> rows = new ArrayList<>(content.rows());
    rows.set(index, row);
    save(rows, content.batches());
  }

  /**
   * Replaces batch {@code b.id()} and, in the same save, every row it covers with the row as {@link
   * JournalRow#following} it; writes the journal before returning.
   */
  public synchronized void update(JournalBatch b) throws IOException {
    List<JournalBatch> batches = new ArrayList<>(content.batches());
    batches.set(b.id(), b);
    List<JournalRow> rows = new ArrayList<>(content.rows());
    boolean first = true;
    for (int i = 0; i < rows.size(); i++) {
      if (Integer.valueOf(b.id()).equals(rows.get(i).batch())) {
        rows.set(
            i,
            rows.get(i).following(b, first ? MultiSendBatches.feeWithApproval(b, batches) : "0"));
        first = false;
      }
    }
    save(rows, batches);
  }

  /** The keys of the journal's transactions in sending order: its batches, then unbatched rows. */
  public synchronized List<Integer> keys() {
    List<Integer> keys = new ArrayList<>();
    for (int b = 0; b < content.batches().size(); b++) {
      keys.add(batchKey(b));
    }
    for (int i = 0; i < content.rows().size(); i++) {
      if (content.rows().get(i).batch() == null) {
        keys.add(i);
      }
    }
    return keys;
  }

  /** The key of batch {@code id}. */
  public static int batchKey(int id) {
    return -1 - id;
  }

  /** The key of the transaction that pays row {@code index}: its batch's, or its own. */
  public synchronized int keyOfRow(int index) {
    Integer b = row(index).batch();
    return b == null ? index : batchKey(b);
  }

  /** The transaction of {@code key}. */
  public synchronized PayoutTx entry(int key) {
    return key >= 0 ? row(key) : content.batches().get(-1 - key);
  }

  /** The indices of the rows transaction {@code key} pays. */
  public synchronized List<Integer> rowsOf(int key) {
    if (key >= 0) {
      return List.of(key);
    }
    Integer id = -1 - key;
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < content.rows().size(); i++) {
      if (id.equals(content.rows().get(i).batch())) {
        out.add(i);
      }
    }
    return out;
  }

  /** Writes transaction {@code key} as {@code tx} (a row, or a batch with its rows). */
  public synchronized void write(int key, PayoutTx tx) throws IOException {
    if (key >= 0) {
      update(key, (JournalRow) tx);
    } else {
      update((JournalBatch) tx);
    }
  }

  private void save(List<JournalRow> rows, List<JournalBatch> batches) throws IOException {
    content =
        new Content(
            content.format(),
            VERSION, // an older journal is written in this version from its first change on
            content.chainId(),
            content.from(),
            content.csvSha256(),
            content.created(),
            List.copyOf(rows),
            batches);
    save();
  }

  private void save() throws IOException {
    AtomicFile.write(file, JournalJson.toBytes(content));
  }
}
