package io.abacus.explorer.export;

import io.abacus.explorer.query.AddressQueries;
import io.abacus.explorer.query.Cursor;
import io.abacus.explorer.query.ExplorerQueries;
import io.abacus.explorer.query.HistoryFilter;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.explorer.query.StatsQueries;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.csv.CsvWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

/**
 * Exports query results as CSV files: exact decimal amounts, ISO-8601 UTC timestamps, EIP-55
 * addresses, each followed by its label column ({@link CsvLabels}). A file appears complete or not
 * at all (written aside, flushed to disk, then moved into place).
 */
public final class Exports {
  private static final int PAGE = 5_000;

  private Exports() {}

  /** Something that writes rows to a CSV. */
  @FunctionalInterface
  public interface Body {
    long write(Writer out) throws IOException;
  }

  /** Writes {@code body} to {@code file} atomically; returns the data rows written. */
  public static long toFile(Path file, Body body) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
    try {
      long rows;
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
          Writer w =
              new BufferedWriter(
                  new OutputStreamWriter(
                      java.nio.channels.Channels.newOutputStream(ch), StandardCharsets.UTF_8),
                  1 << 16)) {
        rows = body.write(w);
        w.flush();
        ch.force(true);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return rows;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Every transaction of {@code address} matching {@code filter}, newest first, with the called
   * method and a label beside each address.
   */
  public static long addressHistory(
      AddressQueries queries, Address address, HistoryFilter filter, CsvLabels labels, Writer out)
      throws IOException {
    CsvWriter csv =
        new CsvWriter(
            out,
            List.of(
                "block_number",
                "tx_index",
                "timestamp_utc",
                "hash",
                "direction",
                "method",
                "from",
                "from_label",
                "to",
                "to_label",
                "value_wei",
                "status",
                "internal_in_wei",
                "internal_out_wei"));
    Cursor cursor = null;
    do {
      QueryRecords.HistoryPage page = queries.history(address, filter, PAGE, cursor);
      for (QueryRecords.HistoryItem i : page.items()) {
        csv.row(
            i.blockNumber(),
            i.index(),
            iso(i.timestamp()),
            i.hash(),
            i.direction(),
            i.method(),
            i.from(),
            labels.of(i.from()),
            i.to(),
            labels.of(i.to()),
            i.value(),
            i.status(),
            i.internalIn(),
            i.internalOut());
      }
      cursor = page.next();
    } while (cursor != null);
    return csv.rows();
  }

  /** Every transfer of {@code token}, newest first, with a label beside each address. */
  public static long tokenTransfers(
      StatsQueries queries, Address token, CsvLabels labels, Writer out) throws IOException {
    CsvWriter csv =
        new CsvWriter(
            out,
            List.of(
                "block_number",
                "log_index",
                "batch_index",
                "timestamp_utc",
                "tx_hash",
                "standard",
                "token",
                "token_label",
                "symbol",
                "from",
                "from_label",
                "to",
                "to_label",
                "token_id",
                "amount",
                "value"));
    Cursor cursor = null;
    do {
      QueryRecords.TransferPage page = queries.tokenTransfers(token, PAGE, cursor);
      for (QueryRecords.TokenTransfer t : page.items()) {
        csv.row(
            t.blockNumber(),
            t.logIndex(),
            t.batchIndex(),
            iso(t.timestamp()),
            t.txHash(),
            t.standard(),
            t.token(),
            labels.of(t.token()),
            t.info().symbol(),
            t.from(),
            labels.of(t.from()),
            t.to(),
            labels.of(t.to()),
            t.tokenId(),
            t.amount().orElse(null),
            t.value());
      }
      cursor = page.next();
    } while (cursor != null);
    return csv.rows();
  }

  /** The token transfers of one transaction, with a label beside each address. */
  public static long transactionTransfers(
      List<QueryRecords.TokenTransfer> rows, CsvLabels labels, Writer out) throws IOException {
    CsvWriter csv =
        new CsvWriter(
            out,
            List.of(
                "log_index",
                "batch_index",
                "timestamp_utc",
                "standard",
                "token",
                "token_label",
                "from",
                "from_label",
                "to",
                "to_label",
                "token_id",
                "value"));
    for (QueryRecords.TokenTransfer t : rows) {
      csv.row(
          t.logIndex(),
          t.batchIndex(),
          iso(t.timestamp()),
          t.standard(),
          t.token(),
          labels.of(t.token()),
          t.from(),
          labels.of(t.from()),
          t.to(),
          labels.of(t.to()),
          t.tokenId(),
          t.value());
    }
    return csv.rows();
  }

  /**
   * The internal transfers of transaction {@code hash} (values in wei), labels beside addresses.
   */
  public static long internalTransfers(
      String hash, List<QueryRecords.InternalTransfer> rows, CsvLabels labels, Writer out)
      throws IOException {
    CsvWriter csv =
        new CsvWriter(
            out,
            List.of(
                "tx_hash",
                "trace_index",
                "type",
                "from",
                "from_label",
                "to",
                "to_label",
                "value_wei"));
    for (QueryRecords.InternalTransfer t : rows) {
      csv.row(
          hash,
          t.index(),
          t.type(),
          t.from(),
          labels.of(t.from()),
          t.to(),
          labels.of(t.to()),
          t.value());
    }
    return csv.rows();
  }

  /** Blocks {@code from..to} inclusive, ascending, with the miner's label. */
  public static long blocks(
      ExplorerQueries queries, long from, long to, CsvLabels labels, Writer out)
      throws IOException {
    CsvWriter csv =
        new CsvWriter(
            out,
            List.of(
                "number",
                "hash",
                "parent_hash",
                "timestamp_utc",
                "tx_count",
                "gas_used",
                "gas_limit",
                "base_fee_wei",
                "miner",
                "miner_label",
                "confirmed"));
    for (long start = from; start <= to; start += PAGE) {
      for (QueryRecords.Block b : queries.blocks(start, Math.min(to, start + PAGE - 1))) {
        csv.row(
            b.number(),
            b.hash(),
            b.parentHash(),
            iso(b.timestamp()),
            b.txCount(),
            b.gasUsed(),
            b.gasLimit(),
            b.baseFee(),
            b.miner(),
            labels.of(b.miner()),
            b.confirmed());
      }
    }
    return csv.rows();
  }

  /** ISO-8601 UTC, e.g. {@code 2024-01-31T12:00:00Z}. */
  public static String iso(Instant t) {
    return t == null ? null : t.toString();
  }
}
