package io.abacus.app.explorer.tx;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.explorer.ExplorerTestChain;
import io.abacus.app.explorer.IndexLocations;
import io.abacus.app.explorer.IndexSession;
import io.abacus.app.explorer.IndexSessions;
import io.abacus.app.explorer.TxRow;
import io.abacus.app.explorer.TxTable;
import io.abacus.app.explorer.blocks.BlockViewModel;
import io.abacus.app.explorer.graph.GraphViewModel;
import io.abacus.app.explorer.index.IndexManagerViewModel;
import io.abacus.app.i18n.I18n;
import io.abacus.app.labels.Names;
import io.abacus.app.node.NodeClients;
import io.abacus.app.task.TaskExecutor;
import io.abacus.explorer.abi.MethodNames;
import io.abacus.explorer.query.HistoryFilter;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.Contracts;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.contacts.AddressBook;
import io.abacus.wallet.contacts.Contact;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The transaction page's decoding (bundled selectors, then an imported ABI) and the graph. */
@WithAnvil
class TransactionAndGraphTest {
  static ExplorerTestChain chain;
  static IndexSession session;
  static Path data;
  static final I18n I18N = new I18n(Locale.ENGLISH);

  @BeforeAll
  static void index(Anvil anvil, @TempDir Path dir) {
    chain = new ExplorerTestChain(anvil);
    data = dir;
    session = new IndexSession(chain.network, IndexLocations.of(dir, chain.network));
    new IndexManagerViewModel(session, TaskExecutor.sameThread(), I18N).start();
  }

  @AfterAll
  static void close() {
    session.close();
  }

  @Test
  void decodesWithTheBundledSelectorsThenWithAnImportedAbi() {
    TransactionViewModel m =
        new TransactionViewModel(session, TaskExecutor.sameThread(), I18N, chain.transferTx);
    m.load();
    TransactionViewModel.Loaded l = m.loadedProperty().get();
    assertThat(l.tx().status()).isEqualTo(1);
    assertThat(l.tx().from()).isEqualTo(chain.account(1));
    assertThat(l.inputDecoded()).isTrue();
    assertThat(l.input()).startsWith("transfer(address,uint256)").endsWith("[selectors]");
    assertThat(l.input()).contains(chain.account(2).toString()).contains("250000");
    assertThat(l.nonce()).isEqualTo(6); // six payments from account 1 came first
    long head = chain.anvil.blockNumber();
    assertThat(l.confirmations()).isEqualTo(head - l.tx().blockNumber() + 1);
    assertThat(l.confirmed()).isFalse(); // within 12 blocks of the head
    assertThat(m.transfers())
        .singleElement()
        .satisfies(t -> assertThat(t.value()).isEqualTo(BigInteger.valueOf(250_000)));
    assertThat(m.logs()).singleElement().satisfies(r -> assertThat(r.decoded()).isTrue());

    session
        .explorer()
        .importAbi(chain.token, "USD", Contracts.openZeppelin("ERC20PresetMinterPauser").abiJson());
    m.load();
    assertThat(m.loadedProperty().get().input()).endsWith("[abi]").contains("to: ");
    assertThat(m.logs().get(0).text()).startsWith("Transfer(").contains("from: ").endsWith("[abi]");
  }

  @Test
  void blockListsAndHistoryShowTheMethodOfEachTransaction() {
    var mint = session.explorer().transaction(chain.mintTx).orElseThrow();
    List<TxRow> mintBlock = BlockViewModel.transactions(session, mint.blockNumber());
    assertThat(mintBlock).extracting(TxRow::method).containsExactly("mint");
    var creation =
        session.addresses().history(chain.account(0), HistoryFilter.none(), 200, null).items();
    assertThat(creation)
        .filteredOn(i -> i.to() == null)
        .extracting(QueryRecords.HistoryItem::method)
        .containsOnly(MethodNames.CREATE)
        .isNotEmpty();
    var history =
        session.addresses().history(chain.account(1), HistoryFilter.none(), 200, null).items();
    assertThat(history)
        .filteredOn(i -> i.hash().equals(chain.transferTx))
        .extracting(QueryRecords.HistoryItem::method)
        .containsExactly("transfer");
    assertThat(history)
        .filteredOn(i -> i.hash().equals(chain.payments.get(0)))
        .extracting(QueryRecords.HistoryItem::method)
        .containsExactly(MethodNames.TRANSFER);
    assertThat(TxTable.method(I18N, MethodNames.TRANSFER)).isEqualTo("Transfer");
    assertThat(TxTable.method(new I18n(Locale.SIMPLIFIED_CHINESE), MethodNames.CREATE))
        .isEqualTo("创建合约");
    assertThat(TxTable.method(I18N, "0xdeadbeef")).isEqualTo("0xdeadbeef");
  }

  @Test
  void csvExportsWriteTheMergedNameBesideEachAddress() throws Exception {
    AddressBook book = AddressBook.open(data.resolve("export-book.json"));
    book.put(new Contact(chain.account(1), "Payer Ltd", ""));
    session.explorer().setLabel(chain.account(2), "Shop (imported)");
    session.explorer().setLabel(chain.account(1), "overridden by the address book");
    Names names = new Names(book, data.resolve("no-sandbox-labels.json"));
    try (IndexSession named = new IndexSessions(data, names).open(chain.network)) {
      TransactionViewModel tx =
          new TransactionViewModel(named, TaskExecutor.sameThread(), I18N, chain.transferTx);
      tx.load();
      Path transfers = data.resolve("transfers.csv");
      tx.exportTransfersCsv(transfers);
      List<String> lines = Files.readAllLines(transfers);
      assertThat(lines.get(0))
          .isEqualTo(
              "log_index,batch_index,timestamp_utc,standard,token,token_label,from,from_label,"
                  + "to,to_label,token_id,value");
      assertThat(lines.get(1))
          .contains(
              ","
                  + chain.token
                  + ",,"
                  + chain.account(1)
                  + ",Payer Ltd,"
                  + chain.account(2)
                  + ",Shop (imported),,250000");

      long block = named.explorer().transaction(chain.transferTx).orElseThrow().blockNumber();
      BlockViewModel b = new BlockViewModel(named, TaskExecutor.sameThread(), I18N, block);
      b.load();
      Path blockCsv = data.resolve("block.csv");
      b.exportCsv(blockCsv);
      List<String> rows = Files.readAllLines(blockCsv);
      assertThat(rows.get(0))
          .isEqualTo(
              "block_number,tx_index,hash,method,from,from_label,to,to_label,value_wei,status");
      assertThat(rows.get(1))
          .isEqualTo(
              block
                  + ",0,"
                  + chain.transferTx
                  + ",transfer,"
                  + chain.account(1)
                  + ",Payer Ltd,"
                  + chain.token
                  + ",,0,1");
      // Without the app's names (the command line's way) the index's labels fill the columns.
      assertThat(session.csvLabels().of(chain.account(1)))
          .isEqualTo("overridden by the address book");
    } finally {
      session.explorer().setLabel(chain.account(1), "");
      session.explorer().setLabel(chain.account(2), "");
    }
  }

  @Test
  void aTransactionNotIndexedYetIsReadFromTheNodeAndSaysSo() {
    // The other tests count blocks on top of the indexed head: leave the chain as it was.
    String snapshot = chain.anvil.call("evm_snapshot").asText();
    try {
      readsFromTheNode();
    } finally {
      chain.anvil.call("evm_revert", snapshot);
    }
  }

  private void readsFromTheNode() {
    String hash = chain.pay(3, 4, 1_234_000_000_000L);
    chain.awaitReceipt(hash);
    TransactionViewModel m =
        new TransactionViewModel(
            session, TaskExecutor.sameThread(), I18N, hash, NodeClients::explorerClient);
    m.load();
    assertThat(m.errorProperty().get()).isEmpty();
    assertThat(m.noticeProperty().get()).contains("not in the explorer index yet");
    TransactionViewModel.Loaded l = m.loadedProperty().get();
    assertThat(l.tx().hash()).isEqualTo(hash.toLowerCase(Locale.ROOT));
    assertThat(l.tx().from()).isEqualTo(chain.account(3));
    assertThat(l.tx().to()).isEqualTo(chain.account(4));
    assertThat(l.tx().value()).isEqualTo(BigInteger.valueOf(1_234_000_000_000L));
    assertThat(l.tx().status()).isEqualTo(1);
    assertThat(l.confirmations()).isPositive();
  }

  @Test
  void anUnknownHashSaysItIsNotIndexed() {
    String hash = "0x" + "ab".repeat(32);
    TransactionViewModel m =
        new TransactionViewModel(session, TaskExecutor.sameThread(), I18N, hash);
    m.load();
    assertThat(m.errorProperty().get()).isEqualTo("Transaction " + hash + " is not in the index.");
    assertThat(m.loadedProperty().get()).isNull();
  }

  @Test
  void theGraphShowsCounterpartiesWithSummedFlowsAndExpandsOneHop() throws Exception {
    AddressBook book = AddressBook.open(data.resolve("address-book.json"));
    GraphViewModel g =
        new GraphViewModel(
            session,
            TaskExecutor.sameThread(),
            I18N,
            new Names(book, data.resolve("no-sandbox.json")),
            chain.account(1));
    g.reset();
    assertThat(g.versionProperty().get()).as("the reset, then the centre's expansion").isEqualTo(2);
    assertThat(g.nodes())
        .extracting(GraphViewModel.GraphNode::address)
        .contains(
            chain.account(1),
            chain.account(2),
            chain.account(3),
            chain.account(4),
            chain.account(5));
    assertThat(g.edges())
        .filteredOn(e -> e.asset() == null && e.to().equals(chain.account(3)))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.from()).isEqualTo(chain.account(1));
              assertThat(e.total()).isEqualTo(BigInteger.valueOf(5_000_000_000_000_000L));
              assertThat(e.count()).isEqualTo(2);
            });
    assertThat(g.edges())
        .filteredOn(e -> chain.token.equals(e.asset()) && e.to().equals(chain.account(2)))
        .singleElement()
        .satisfies(e -> assertThat(e.total()).isEqualTo(BigInteger.valueOf(250_000)));
    int before = g.nodes().size();
    assertThat(g.nodes())
        .extracting(GraphViewModel.GraphNode::address)
        .doesNotContain(chain.account(7));
    g.expand(chain.account(3));
    assertThat(g.nodes()).hasSize(before + 1);
    assertThat(g.nodes())
        .filteredOn(n -> n.address().equals(chain.account(7)))
        .singleElement()
        .satisfies(n -> assertThat(n.hop()).isEqualTo(2));
    assertThat(g.edges())
        .anyMatch(
            e ->
                e.from().equals(chain.account(3))
                    && e.to().equals(chain.account(7))
                    && e.total().equals(BigInteger.valueOf(300_000_000_000_000L)));
    g.expand(chain.account(3)); // once only
    assertThat(g.nodes()).hasSize(before + 1);
    assertThat(g.versionProperty().get())
        .as("one change per expansion, none for a repeat")
        .isEqualTo(3);
  }
}
