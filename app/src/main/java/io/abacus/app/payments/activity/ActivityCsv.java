package io.abacus.app.payments.activity;

import io.abacus.wallet.csv.Csv;
import io.abacus.wallet.storage.AtomicFile;
import java.io.IOException;
import java.io.StringWriter;
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

  /** The CSV text of {@code items}. */
  public static String render(List<ActivityItem> items) {
    StringWriter out = new StringWriter();
    Csv.writeRow(out, HEADER);
    for (ActivityItem i : items) {
      Csv.writeRow(
          out,
          List.of(
              DateTimeFormatter.ISO_INSTANT.format(i.time().truncatedTo(ChronoUnit.SECONDS)),
              i.direction().name().toLowerCase(Locale.ROOT),
              i.counterparty(),
              i.counterpartyLabel(),
              i.asset(),
              i.amount(),
              i.fee(),
              i.hash(),
              i.status().name().toLowerCase(Locale.ROOT),
              i.label(),
              i.note()));
    }
    return out.toString();
  }

  /** Writes {@code items} to {@code file} (atomically, the previous version kept). */
  public static void write(Path file, List<ActivityItem> items) throws IOException {
    AtomicFile.write(file, render(items).getBytes(StandardCharsets.UTF_8));
  }
}
