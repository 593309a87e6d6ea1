package io.abacus.app.payouts;

import io.abacus.wallet.csv.CsvWriter;
import io.abacus.wallet.encoding.Quantities;
import io.abacus.wallet.payout.JournalRow;
import io.abacus.wallet.storage.AtomicFile;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The result CSV of a payout, for the accountant: the input columns ({@code to, amount, asset,
 * reference}) followed by the recipient's address, the transaction hash, the status, the fee in the
 * native currency, the block, the time and the multi-send batch that paid the row (empty for a row
 * paid on its own; a batch's fee is carried whole by its first row, see docs/payouts.md). Written
 * with {@link CsvWriter}, the one CSV writer.
 */
public final class PayoutResultCsv {
  public static final List<String> HEADER =
      List.of(
          "to",
          "amount",
          "asset",
          "reference",
          "address",
          "hash",
          "status",
          "fee",
          "block",
          "time",
          "batch");

  private PayoutResultCsv() {}

  /** The CSV text of {@code rows}. */
  public static String text(List<JournalRow> rows) {
    StringWriter out = new StringWriter();
    try {
      CsvWriter csv = new CsvWriter(out, HEADER);
      for (JournalRow r : rows) {
        csv.row(
            r.to(),
            CsvWriter.number(r.amount()),
            r.asset(),
            r.reference(),
            r.recipient(),
            r.hash(),
            r.status().label(),
            r.fee() == null
                ? null
                : CsvWriter.number(Quantities.formatEther(new BigInteger(r.fee()))),
            r.block(),
            r.time(),
            r.batch());
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  /** Writes the CSV of {@code rows} to {@code file} atomically. */
  public static void write(List<JournalRow> rows, Path file) throws IOException {
    AtomicFile.write(file, text(rows).getBytes(StandardCharsets.UTF_8));
  }
}
