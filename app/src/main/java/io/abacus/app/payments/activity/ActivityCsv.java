package io.abacus.app.payments.activity;

import io.abacus.wallet.csv.CsvWriter;
import io.abacus.wallet.storage.AtomicFile;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** The accountant's export of the Activity list: RFC 4180, dates in ISO-8601 UTC. */
public final class ActivityCsv {
  /** The header row. */
  public static final List<String> HEADER =
      List.of(
          "date",
          "direction",
          "counterparty",
          "counterparty_label",
          "asset",
          "amount",
          "fee",
          "hash",
          "status",
          "label",
          "note");

  private ActivityCsv() {}

  /**
   * The CSV text of {@code items}; amounts and fees are numeric cells, labels and notes that look
   * like spreadsheet formulas are defused ({@link CsvWriter}).
   */
  public static String render(List<ActivityItem> items) {
    StringWriter out = new StringWriter();
    try {
      CsvWriter csv = new CsvWriter(out, HEADER);
      for (ActivityItem i : items) {
        csv.row(
            DateTimeFormatter.ISO_INSTANT.format(i.time().truncatedTo(ChronoUnit.SECONDS)),
            i.direction().name().toLowerCase(Locale.ROOT),
            i.counterparty(),
            i.counterpartyLabel(),
            i.asset(),
            CsvWriter.number(i.amount()),
            CsvWriter.number(i.fee()),
            i.hash(),
            i.status().name().toLowerCase(Locale.ROOT),
            i.label(),
            i.note());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /** Writes {@code items} to {@code file} (atomically, the previous version kept). */
  public static void write(Path file, List<ActivityItem> items) throws IOException {
    AtomicFile.write(file, render(items).getBytes(StandardCharsets.UTF_8));
  }
}
