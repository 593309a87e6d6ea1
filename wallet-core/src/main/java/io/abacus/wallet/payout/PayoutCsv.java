package io.abacus.wallet.payout;

import io.abacus.wallet.csv.Csv;
import io.abacus.wallet.csv.CsvException;
import io.abacus.wallet.storage.InputLimits;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a payout CSV: RFC 4180, UTF-8 with or without a byte-order mark, comma or semicolon
 * separated (as a spreadsheet saves it), a header naming the columns {@code to}, {@code amount},
 * {@code asset} and optionally {@code reference} in any order. Cells are taken as text: checking
 * them is {@link PayoutValidator}'s work.
 */
public final class PayoutCsv {
  /** The column names, as the header must spell them (any case). */
  public static final List<String> COLUMNS = List.of("to", "amount", "asset", "reference");

  private PayoutCsv() {}

  /**
   * The data rows of {@code content}; blank lines are skipped.
   *
   * @throws PayoutCsvException for a file that is not UTF-8, not CSV, too large, or whose header
   *     lacks a required column
   */
  public static List<PayoutRow> read(byte[] content) {
    if (content.length > InputLimits.CSV_IMPORT) {
      throw new PayoutCsvException(
          "the CSV file is larger than the limit of "
              + InputLimits.describe(InputLimits.CSV_IMPORT));
    }
    String text = decode(content);
    List<List<String>> records;
    try {
      records = Csv.read(new StringReader(text), separator(text));
    } catch (CsvException e) {
      throw new PayoutCsvException("the file is not valid CSV: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (records.isEmpty()) {
      throw new PayoutCsvException("the CSV file is empty; it needs a header: to,amount,asset");
    }
    int[] columns = columns(records.get(0));
    List<PayoutRow> rows = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      List<String> r = records.get(i);
      if (r.stream().allMatch(String::isBlank)) {
        continue;
      }
      rows.add(
          new PayoutRow(
              i + 1,
              cell(r, columns[0]),
              cell(r, columns[1]),
              cell(r, columns[2]),
              cell(r, columns[3])));
    }
    return rows;
  }

  private static String decode(byte[] content) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new PayoutCsvException(
          "the CSV file is not UTF-8 text; save it as 'CSV UTF-8' from the spreadsheet");
    }
  }

  /** A semicolon when the header line has more of them than commas, else a comma. */
  static char separator(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    long commas = header.chars().filter(c -> c == ',').count();
    long semicolons = header.chars().filter(c -> c == ';').count();
    return semicolons > commas ? ';' : ',';
  }

  /** The index of each of {@link #COLUMNS} in the header, -1 for a missing optional one. */
  private static int[] columns(List<String> header) {
    int[] at = {-1, -1, -1, -1};
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip().toLowerCase(Locale.ROOT);
      int k = COLUMNS.indexOf(name);
      if (k >= 0 && at[k] < 0) {
        at[k] = i;
      }
    }
    List<String> missing = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      if (at[k] < 0) {
        missing.add(COLUMNS.get(k));
      }
    }
    if (!missing.isEmpty()) {
      throw new PayoutCsvException(
          "the header (line 1) lacks the column"
              + (missing.size() > 1 ? "s " : " ")
              + String.join(", ", missing)
              + "; it must name to, amount, asset and optionally reference");
    }
    return at;
  }

  private static String cell(List<String> record, int index) {
    return index >= 0 && index < record.size() ? record.get(index) : "";
  }
}
