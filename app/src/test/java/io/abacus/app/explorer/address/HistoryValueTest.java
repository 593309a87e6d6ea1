package io.abacus.app.explorer.address;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.explorer.ExplorerTestChain;
import io.abacus.app.explorer.IndexLocations;
import io.abacus.app.explorer.IndexSession;
import io.abacus.app.explorer.Watchlist;
import io.abacus.app.explorer.graph.GraphViewModel;
import io.abacus.app.explorer.index.IndexManagerViewModel;
import io.abacus.app.i18n.I18n;
import io.abacus.app.labels.Names;
import io.abacus.app.node.NodeClients;
import io.abacus.app.task.TaskExecutor;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.EthForwarder;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.contacts.AddressBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * History rows show ETH a contract forwarded to the address (traces), not the caller's value; the
 * fund-flow graph does not take the caller's payment to the contract for one of the address's own.
 */
@WithAnvil
class HistoryValueTest {
  private static final I18n I18N = new I18n(Locale.ENGLISH);
  private static final String FORWARDER = "0x00000000000000000000000000000000000f0f0f";
  private static final String ALICE = "0x1111111111111111111111111111111111111111";
  private static final String BOB = "0x2222222222222222222222222222222222222222";

  @Test
  void aForwardedPaymentShowsAsInternalInTheRowAndTheCsv(Anvil anvil, @TempDir Path data)
      throws Exception {
    ExplorerTestChain chain = new ExplorerTestChain(anvil);
    anvil.call("anvil_setCode", FORWARDER, EthForwarder.code(ALICE, BOB));
    Map<String, Object> tx = new LinkedHashMap<>();
    tx.put("from", anvil.account(0).address());
    tx.put("to", FORWARDER);
    tx.put("value", "0x3782dace9d900000"); // 4 ETH, 2 to each
    String hash = anvil.call("eth_sendTransaction", tx).asText();
    try (IndexSession session =
        new IndexSession(chain.network, IndexLocations.of(data, chain.network))) {
      IndexManagerViewModel index =
          new IndexManagerViewModel(session, TaskExecutor.sameThread(), I18N);
      index.tracesProperty().set(true);
      index.start();
      assertThat(index.errorProperty().get()).isEmpty();

      AddressViewModel alice = model(session, data, Address.parse(ALICE));
      alice.applyFilter();
      assertThat(alice.history())
          .singleElement()
          .satisfies(i -> assertThat(i.hash()).isEqualTo(hash));
      assertThat(text(alice)).containsExactly("+2 ETH internal");

      AddressViewModel forwarder = model(session, data, Address.parse(FORWARDER));
      forwarder.applyFilter();
      assertThat(text(forwarder)).containsExactly("4 ETH, −4 ETH internal");

      AddressViewModel sender = model(session, data, Address.parse(anvil.account(0).address()));
      sender.applyFilter();
      assertThat(text(sender).get(0)).isEqualTo("4 ETH");

      // Alice appears in the transaction only through the internal transfer: the caller's 4 ETH
      // to the forwarder is not a flow of hers, so the caller is not her counterparty.
      GraphViewModel graph =
          new GraphViewModel(
              session,
              TaskExecutor.sameThread(),
              I18N,
              new Names(
                  AddressBook.open(data.resolve("address-book.json")), data.resolve("none.json")),
              Address.parse(ALICE));
      graph.reset();
      assertThat(graph.nodes())
          .extracting(GraphViewModel.GraphNode::address)
          .containsExactly(Address.parse(ALICE));
      assertThat(graph.edges()).isEmpty();

      Path csv = data.resolve("alice.csv");
      alice.exportCsv(csv);
      List<String> lines = Files.readAllLines(csv);
      assertThat(lines.get(0)).endsWith(",internal_in_wei,internal_out_wei");
      assertThat(lines.get(1)).contains(hash).endsWith(",2000000000000000000,0");
    }
  }

  private static List<String> text(AddressViewModel m) {
    return m.history().stream()
        .map(i -> HistoryValue.text(i, m.address(), m.decimals(), m.currency(), I18N))
        .toList();
  }

  private static AddressViewModel model(IndexSession session, Path data, Address a)
      throws Exception {
    return new AddressViewModel(
        session,
        TaskExecutor.sameThread(),
        I18N,
        new Names(AddressBook.open(data.resolve("address-book.json")), data.resolve("none.json")),
        Watchlist.open(data),
        NodeClients::explorerClient,
        a);
  }
}
