package io.abacus.app.explorer.address;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.SpreadsheetSafe;
import io.abacus.app.explorer.ExplorerTestChain;
import io.abacus.app.explorer.IndexLocations;
import io.abacus.app.explorer.IndexSession;
import io.abacus.app.explorer.Watchlist;
import io.abacus.app.explorer.index.IndexManagerViewModel;
import io.abacus.app.i18n.I18n;
import io.abacus.app.labels.Names;
import io.abacus.app.node.NodeClients;
import io.abacus.app.task.TaskExecutor;
import io.abacus.explorer.query.HistoryFilter;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.contacts.AddressBook;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The address page's model: filters, keyset paging, export, label, watchlist, balance. */
@WithAnvil
class AddressViewModelTest {
  static ExplorerTestChain chain;
  static IndexSession session;
  static Path data;
  static final I18n I18N = new I18n(Locale.ENGLISH);

  @BeforeAll
  static void index(Anvil anvil, @TempDir Path dir) {
    chain = new ExplorerTestChain(anvil);
    data = dir;
    session = new IndexSession(chain.network, IndexLocations.of(dir, chain.network));
    IndexManagerViewModel manager =
        new IndexManagerViewModel(session, TaskExecutor.sameThread(), I18N);
    manager.start();
    assertThat(manager.errorProperty().get()).isEmpty();
  }

  @AfterAll
  static void close() {
    session.close();
  }

  private AddressViewModel model(Address a) throws Exception {
    return new AddressViewModel(
        session,
        TaskExecutor.sameThread(),
        I18N,
        new Names(AddressBook.open(data.resolve("address-book.json")), sandboxNames()),
        Watchlist.open(data),
        NodeClients::explorerClient,
        a);
  }

  private static Path sandboxNames() {
    return data.resolve("sandbox").resolve("labels.json");
  }

  @Test
  void aNameTheSandboxGaveShowsInTheLabelFieldAndSearchFindsIt() throws Exception {
    Address a = chain.account(6);
    Files.createDirectories(sandboxNames().getParent());
    Files.writeString(
        sandboxNames(),
        "{\"version\":1,\"chainId\":31337,\"testMoney\":true,\"labels\":[{\"address\":\""
            + a
            + "\",\"name\":\"Corner Bakery\",\"kind\":\"demo business\"}]}");
    assertThat(model(a).labelProperty().get()).isEqualTo("Corner Bakery");
    Names names = new Names(AddressBook.open(data.resolve("address-book.json")), sandboxNames());
    assertThat(names.search(31337, "bakery", 5)).extracting(c -> c.address()).containsExactly(a);
    assertThat(names.search(1, "bakery", 5)).as("another chain").isEmpty();
    assertThat(new io.abacus.app.explorer.SearchRouter(names).suggest(session, "Bakery"))
        .extracting(s -> s.label())
        .contains("Corner Bakery");
  }

  private static List<String> hashes(List<QueryRecords.HistoryItem> items) {
    return items.stream().map(QueryRecords.HistoryItem::hash).toList();
  }

  @Test
  void loadsBalanceSummaryChartAndTheFirstPage() throws Exception {
    AddressViewModel m = model(chain.account(1));
    m.load();
    String wei = chain.anvil.call("eth_getBalance", chain.account(1).toString(), "latest").asText();
    BigInteger balance = new BigInteger(wei.substring(2), 16);
    assertThat(m.balanceProperty().get())
        .isEqualTo(io.abacus.app.explorer.Formats.units(balance, 18) + " ETH");
    // account 1: 6 payments out, the mint in, the token transfer out, 4 payments in
    assertThat(m.history()).hasSize(12);
    assertThat(m.summaryProperty().get().txCount()).isEqualTo(12);
    BalanceHistory.Series series = m.chartProperty().get();
    assertThat(series.points()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(series.truncated()).isFalse();
    // Anchored to the node's balance at the index's last block: the last point is the balance
    // (the 10,000 ETH of anvil's genesis allocation are in it, though no transaction brought them).
    assertThat(series.absolute()).isTrue();
    assertThat(series.total()).isEqualTo(balance);
    assertThat(series.points().get(series.points().size() - 1).balance()).isEqualTo(balance);
    assertThat(series.points()).allSatisfy(p -> assertThat(p.balance()).isPositive());
  }

  @Test
  void pagesByCursorUntilTheEnd() throws Exception {
    AddressViewModel m = model(chain.account(1));
    m.pageSize(5);
    m.applyFilter();
    assertThat(m.history()).hasSize(5);
    assertThat(m.hasMoreProperty().get()).isTrue();
    m.loadMore();
    m.loadMore();
    assertThat(m.history()).hasSize(12);
    assertThat(m.hasMoreProperty().get()).isFalse();
    List<String> all =
        hashes(
            session.addresses().history(chain.account(1), HistoryFilter.none(), 100, null).items());
    assertThat(hashes(m.history())).containsExactlyElementsOf(all);
    assertThat(m.historyStatusProperty().get()).isEqualTo("Showing 12 of 12 transactions");
  }

  @Test
  void filtersByTokenAndByDate() throws Exception {
    AddressViewModel m = model(chain.account(1));
    m.filter().tokenProperty().set(chain.token.toString());
    m.applyFilter();
    assertThat(hashes(m.history())).containsExactly(chain.transferTx, chain.mintTx);

    m.filter().tokenProperty().set("");
    LocalDate day = chain.tokenDay.atOffset(ZoneOffset.UTC).toLocalDate();
    m.filter().fromDateProperty().set(day);
    m.filter().toDateProperty().set(day);
    m.applyFilter();
    assertThat(hashes(m.history())).containsExactly(chain.transferTx, chain.mintTx);

    m.filter().directionProperty().set(QueryRecords.Direction.OUT);
    m.applyFilter();
    assertThat(hashes(m.history())).containsExactly(chain.transferTx);
  }

  @Test
  void aBadFilterFieldSaysWhichAndKeepsTheList() throws Exception {
    AddressViewModel m = model(chain.account(1));
    m.applyFilter();
    m.filter().counterpartyProperty().set("0x1234");
    m.applyFilter();
    assertThat(m.errorProperty().get()).contains("counterparty");
    assertThat(m.history()).hasSize(12);
    m.filter().counterpartyProperty().set("");
    m.filter().minAmountProperty().set("-1");
    m.applyFilter();
    assertThat(m.errorProperty().get()).contains("minimum amount");
    m.filter().minAmountProperty().set("0.004");
    m.applyFilter();
    assertThat(m.errorProperty().get()).isEmpty();
    // payments of 0.004, 0.005, 0.006 ETH
    assertThat(m.history()).hasSize(3);
  }

  @Test
  void exportsTheFilteredHistoryWithTheRowsOfTheIndex() throws Exception {
    AddressViewModel m = model(chain.account(1));
    m.filter().directionProperty().set(QueryRecords.Direction.OUT);
    m.applyFilter();
    Path csv = data.resolve("out.csv");
    m.exportCsv(csv);
    assertThat(m.exportStatusProperty().get()).startsWith("Wrote 7 rows");
    SpreadsheetSafe.assertSafe(csv);
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0))
        .startsWith(
            "block_number,tx_index,timestamp_utc,hash,direction,method,from,from_label,to,");
    List<String> fromDb = new ArrayList<>();
    for (QueryRecords.HistoryItem i :
        session
            .addresses()
            .history(
                chain.account(1),
                HistoryFilter.none().withDirection(QueryRecords.Direction.OUT),
                100,
                null)
            .items()) {
      fromDb.add(
          i.blockNumber()
              + ","
              + i.index()
              + ","
              + i.timestamp()
              + ","
              + i.hash()
              + ",OUT,"
              + i.method()
              + ","
              + i.from()
              + ",," // no label for these accounts
              + (i.to() == null ? "" : i.to())
              + ",,"
              + i.value()
              + ","
              + i.status()
              // internal_in_wei, internal_out_wei: this index has no traces
              + ",0,0");
    }
    assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(fromDb);
  }

  @Test
  void labelAndNoteGoToTheSharedAddressBookAndWatchingIsRemembered() throws Exception {
    AddressViewModel m = model(chain.account(5));
    m.labelProperty().set("Warehouse");
    m.noteProperty().set("rent");
    m.saveLabel();
    m.setWatched(true);
    AddressBook reopened = AddressBook.open(data.resolve("address-book.json"));
    assertThat(reopened.find(chain.account(5)).orElseThrow().note()).isEqualTo("rent");
    assertThat(reopened.label(chain.account(5))).contains("Warehouse");
    assertThat(Watchlist.open(data).contains(chain.account(5))).isTrue();
    assertThat(model(chain.account(5)).watchedProperty().get()).isTrue();
  }

  @Test
  void aBrokenAbiFileIsRefusedWithAMessage() throws Exception {
    AddressViewModel m = model(chain.token);
    Path abi = data.resolve("broken.json");
    Files.writeString(abi, "{not json");
    m.importAbi(abi, "broken");
    assertThat(m.abiStatusProperty().get()).startsWith("ABI not imported");
  }
}
