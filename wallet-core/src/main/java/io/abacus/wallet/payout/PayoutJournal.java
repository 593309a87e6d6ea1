package io.abacus.wallet.payout;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
 * journal with a cancelled row instead of counting it paid) holding every row and how far paying it
 * got. Each change is written with {@link AtomicFile} (complete old or complete new content, the
 * previous version kept as {@code .bak}) before the step that depends on it, so a run killed at any
 * moment resumes from it.
 */
public final class PayoutJournal {
  public static final String FORMAT = "abacus-payout-journal";
  public static final int VERSION = 2;
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The file as stored. */
  record Content(
      String format,
      int version,
      long chainId,
      String from,
      String csvSha256,
      String created,
      List<JournalRow> rows) {}

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

  /** Creates and writes a journal with every item planned. */
  public static PayoutJournal create(
      Path file, long chainId, Address from, String csvSha256, List<PayoutItem> items)
      throws IOException {
    List<JournalRow> rows = items.stream().map(JournalRow::planned).toList();
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
                rows));
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
      c = JSON.readValue(bytes, Content.class);
    } catch (IOException e) {
      throw new IOException("the payout journal " + file + " is damaged: " + e.getMessage(), e);
    }
    if (!FORMAT.equals(c.format()) || c.rows() == null) {
      throw new IOException(file + " is not a payout journal");
    }
    if (c.version() > VERSION) {
      throw new IOException(
          file + " was written by a newer Abacus (journal version " + c.version() + ")");
    }
    return c;
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

  /** Replaces row {@code index} and writes the journal before returning. */
  public synchronized void update(int index, JournalRow row) throws IOException {
    List<JournalRow> rows = new ArrayList<>(content.rows());
    rows.set(index, row);
    content =
        new Content(
            content.format(),
            VERSION, // an older journal is written in this version from its first change on
            content.chainId(),
            content.from(),
            content.csvSha256(),
            content.created(),
            List.copyOf(rows));
    save();
  }

  private void save() throws IOException {
    AtomicFile.write(file, JSON.writeValueAsBytes(content));
  }
}
