package io.abacus.app.payments.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.payments.Testbed;
import io.abacus.app.payments.send.PendingPayments;
import io.abacus.app.tokens.AppTokens;
import io.abacus.explorer.account.HistoryProgress;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.rpc.NodeClient;
import io.abacus.wallet.token.Token;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Activity read from the node itself: incoming ETH and tokens appear with no explorer index. */
@WithAnvil(automine = false)
class ChainActivityTest {
  @TempDir Path data;

  @Test
  void incomingEthAndTokensAppearWithoutAnIndexAndOwnPaymentsOnce(Anvil anvil) throws Exception {
    Testbed t =
        new Testbed(
            data,
            anvil.rpcUrl(),
            anvil.chainId(),
            new ChainHistory(data, AppTokens.registry(data)));
    freshHead(anvil);
    ActivityViewModel a = new ActivityViewModel(t.ctx, t.i18n);
    a.refresh(); // first use on this network: the account is watched from here on
    assertThat(a.errorProperty().get()).isEmpty();
    assertThat(a.items()).isEmpty();

    String own = PendingPayments.sendPending(t, "0.25");
    anvil.mine(1);
    anvil.setAutomine(true);
    Address me = t.account();
    String bob = anvil.account(1).address();
    Map<String, Object> tx = new LinkedHashMap<>();
    tx.put("from", bob);
    tx.put("to", me.toString());
    tx.put("value", "0x" + new BigInteger("1500000000000000000").toString(16));
    String incoming = anvil.call("eth_sendTransaction", tx).asText();
    Testbed.awaitReceipt(anvil, incoming);
    Address token =
        Testbed.deployToken(anvil, anvil.account(2), me, new BigInteger("1000000000000000000000"));
    t.ctx.tokens().add(t.network(), new Token(token, "DMD", "Demo Dollar", 18));

    List<String> progress = new ArrayList<>();
    a.progressProperty().addListener((o, x, y) -> progress.add(y));
    a.refresh();
    assertThat(a.errorProperty().get()).isEmpty();
    assertThat(progress).anyMatch(p -> p.startsWith("Reading the chain: block"));
    assertThat(a.progressProperty().get()).isEmpty();

    ActivityItem eth = ActivityViewModelTest.find(a, incoming.toLowerCase());
    assertThat(eth.direction()).isEqualTo(ActivityItem.Direction.IN);
    assertThat(eth.asset()).isEqualTo("ETH");
    assertThat(eth.amount()).isEqualTo("1.5");
    assertThat(eth.counterparty()).isEqualTo(Address.parse(bob).toString());
    assertThat(eth.status()).isEqualTo(ActivityItem.Status.CONFIRMED);
    assertThat(eth.confirmations()).isPositive();
    assertThat(eth.fee()).isEmpty();

    ActivityItem dmd =
        a.items().stream().filter(i -> i.asset().equals("DMD")).findFirst().orElseThrow();
    assertThat(dmd.direction()).isEqualTo(ActivityItem.Direction.IN);
    assertThat(dmd.amount()).isEqualTo("1000");

    assertThat(a.items())
        .filteredOn(i -> i.hash().equalsIgnoreCase(own))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.sent()).isNotNull();
              assertThat(i.direction()).isEqualTo(ActivityItem.Direction.OUT);
              assertThat(i.status()).isEqualTo(ActivityItem.Status.CONFIRMED);
            });
    assertThat(a.items()).hasSize(3);
    assertThat(data.resolve("wallet/activity/chain-" + anvil.chainId() + ".json"))
        .satisfies(p -> assertThat(Files.isRegularFile(p)).isTrue());
  }

  @Test
  void aCancelledCatchUpStopsAndTheNextOneResumes(Anvil anvil) throws Exception {
    Testbed t = Testbed.on(data, anvil);
    ChainHistory history = new ChainHistory(data, AppTokens.registry(data));
    Address me = t.account();
    HistoryProgress none = HistoryProgress.none();
    freshHead(anvil);
    NodeClient node = Testbed.client(anvil);
    assertThat(history.history(t.network(), node, me, none, () -> false)).isEmpty();
    anvil.setAutomine(true);
    Map<String, Object> tx = new LinkedHashMap<>();
    tx.put("from", anvil.account(3).address());
    tx.put("to", me.toString());
    tx.put("value", "0x1");
    String incoming = anvil.call("eth_sendTransaction", tx).asText();
    Testbed.awaitReceipt(anvil, incoming);

    assertThat(history.history(t.network(), node, me, none, () -> true)).isEmpty();
    assertThat(history.history(t.network(), node, me, none, () -> false))
        .extracting(ActivityItem::hash, ActivityItem::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(incoming.toLowerCase(), "0.000000000000000001"));
  }

  /** The anvil is shared by the tests: the account is first used at a new empty block. */
  private static void freshHead(Anvil anvil) {
    anvil.setAutomine(false);
    anvil.mine(1);
  }
}
