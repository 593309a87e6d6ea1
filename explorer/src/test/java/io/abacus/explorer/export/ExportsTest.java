package io.abacus.explorer.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.explorer.db.ExplorerDatabase;
import io.abacus.explorer.query.AddressQueries;
import io.abacus.explorer.query.ExplorerQueries;
import io.abacus.explorer.query.HistoryFilter;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.explorer.query.StatsQueries;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.csv.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportsTest {
  /** Columns that hold an address, in every export. */
  private static final Set<String> ADDRESS_COLUMNS =
      Set.of("from", "to", "token", "miner", "address", "contract", "contract_created");

  private static final Address ALICE = Address.parse("0x" + "a1".repeat(20));
  private static final Address BOB = Address.parse("0x" + "b2".repeat(20));
  private static final Address TOKEN = Address.parse("0x" + "c3".repeat(20));

  @Test
  void everyExportHasALabelColumnAfterEachAddressColumn(@TempDir Path dir) throws Exception {
    List<String> headers = new ArrayList<>();
    ExplorerDatabase db = ExplorerDatabase.open(dir.resolve("index.db"));
    try (AddressQueries addresses = new AddressQueries(db);
        StatsQueries stats = new StatsQueries(db);
        ExplorerQueries explorer = new ExplorerQueries(db, 12)) {
      CsvLabels labels = CsvLabels.index(explorer);
      headers.add(
          header(w -> Exports.addressHistory(addresses, ALICE, HistoryFilter.none(), labels, w)));
      headers.add(header(w -> Exports.tokenTransfers(stats, TOKEN, labels, w)));
      headers.add(header(w -> Exports.blocks(explorer, 0, -1, labels, w)));
      headers.add(header(w -> Exports.transactionTransfers(List.of(), labels, w)));
      headers.add(header(w -> Exports.internalTransfers("0x00", List.of(), labels, w)));
    }
    for (String header : headers) {
      List<String> columns = List.of(header.split(","));
      assertThat(columns).as(header).containsAnyElementsOf(ADDRESS_COLUMNS);
      for (int i = 0; i < columns.size(); i++) {
        if (ADDRESS_COLUMNS.contains(columns.get(i))) {
          assertThat(i + 1).as(header).isLessThan(columns.size());
          assertThat(columns.get(i + 1)).as(header).isEqualTo(columns.get(i) + "_label");
        }
      }
    }
  }

  @Test
  void labelColumnsHoldEachAddresssLabelAndStayEmptyWithoutOne() throws Exception {
    QueryRecords.TokenTransfer t =
        new QueryRecords.TokenTransfer(
            "0x" + "11".repeat(32),
            7,
            Instant.ofEpochSecond(1_700_000_000),
            0,
            0,
            20,
            TOKEN,
            ALICE,
            BOB,
            null,
            BigInteger.valueOf(25_500_000),
            new QueryRecords.TokenInfo(TOKEN, "Test USD", "TUSD", 6));
    Map<Address, String> names = Map.of(ALICE, "Bakery, \"Corner\"", TOKEN, "Test USD");
    int[] asked = new int[1];
    CsvLabels labels =
        CsvLabels.cached(
            a -> {
              asked[0]++;
              return Optional.ofNullable(names.get(a));
            });
    StringWriter out = new StringWriter();
    Exports.transactionTransfers(List.of(t, t), labels, out);
    List<String> lines = List.of(out.toString().split("\r\n"));
    assertThat(lines.get(1))
        .isEqualTo(
            "0,0,2023-11-14T22:13:20Z,20,"
                + TOKEN
                + ",Test USD,"
                + ALICE
                + ",\"Bakery, \"\"Corner\"\"\","
                + BOB
                + ",,,25500000");
    assertThat(asked[0]).as("each address looked up once").isEqualTo(3);
    assertThat(labels.of(null)).isNull();
    assertThat(CsvLabels.none().of(ALICE)).isNull();
  }

  private interface Body {
    void write(Writer w) throws IOException;
  }

  private static String header(Body body) throws IOException {
    StringWriter w = new StringWriter();
    body.write(w);
    return w.toString().split("\r\n")[0];
  }

  @Test
  void timestampsAreIsoUtc() {
    assertThat(Exports.iso(Instant.ofEpochSecond(1_700_000_000))).isEqualTo("2023-11-14T22:13:20Z");
  }

  @Test
  void aFailedExportLeavesTheOldFileAlone(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("out.csv");
    Files.writeString(file, "old");
    try {
      Exports.toFile(
          file,
          w -> {
            w.write("partial");
            throw new java.io.IOException("disk full");
          });
    } catch (java.io.IOException expected) {
      assertThat(expected).hasMessage("disk full");
    }
    assertThat(Files.readString(file)).isEqualTo("old");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
    assertThat(Exports.toFile(file, w -> new CsvWriter(w, List.of("x")).rows())).isZero();
    assertThat(Files.readString(file)).isEqualTo("x\r\n");
  }
}
