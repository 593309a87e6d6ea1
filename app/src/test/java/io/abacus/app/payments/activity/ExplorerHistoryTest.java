package io.abacus.app.payments.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.cli.CliRunner;
import io.abacus.app.payments.Testbed;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.token.Token;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Received payments and token transfers come from the explorer's index of the network. */
@WithAnvil
class ExplorerHistoryTest {
  @TempDir Path data;

  @Test
  void receivedEtherAndTokensAppearInActivityOnceIndexed(Anvil anvil) throws Exception {
    Testbed probe = Testbed.on(data, anvil);
    Address me = probe.account();
    Address token = Testbed.deployToken(anvil, anvil.account(4), me, new BigInteger("7000000"));
    probe.ctx.tokens().add(probe.network(), new Token(token, "DMD", 18));
    Map<String, Object> tx = new LinkedHashMap<>();
    tx.put("from", anvil.account(5).address());
    tx.put("to", me.toString());
    tx.put("value", "0xde0b6b3a7640000");
    String received = anvil.call("eth_sendTransaction", tx).asText();
    Testbed.awaitReceipt(anvil, received);

    Path index = data.resolve("indexes/test-node.sqlite");
    CliRunner.Result r =
        new CliRunner(data).run("index", "--rpc", anvil.rpcUrl(), "--db", index.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();

    Testbed t =
        new Testbed(
            data.resolve("second"),
            anvil.rpcUrl(),
            anvil.chainId(),
            new ExplorerHistory(data, probe.ctx.tokens()));
    ActivityViewModel a = new ActivityViewModel(t.ctx, t.i18n);
    a.refresh();
    assertThat(a.errorProperty().get()).isEmpty();
    ActivityItem eth =
        a.items().stream().filter(i -> i.hash().equals(received)).findFirst().orElseThrow();
    assertThat(eth.direction()).isEqualTo(ActivityItem.Direction.IN);
    assertThat(eth.counterparty()).isEqualTo(anvil.account(5).address());
    assertThat(eth.amount()).isEqualTo("1");
    assertThat(eth.asset()).isEqualTo("ETH");
    assertThat(eth.fee()).isEmpty();
    assertThat(eth.status()).isEqualTo(ActivityItem.Status.CONFIRMED);
    assertThat(eth.confirmations()).isGreaterThanOrEqualTo(1);
    ActivityItem minted =
        a.items().stream().filter(i -> i.asset().equals("DMD")).findFirst().orElseThrow();
    assertThat(minted.direction()).isEqualTo(ActivityItem.Direction.IN);
    assertThat(minted.amount()).isEqualTo("0.000000000007");
  }

  @Test
  void withoutAnIndexOnlyOwnTransactionsAreListed(Anvil anvil) throws Exception {
    Testbed t = Testbed.on(data, anvil);
    ExplorerHistory h = new ExplorerHistory(data, t.ctx.tokens());
    assertThat(h.history(t.network(), anvil.account(0).address())).isEmpty();
  }
}
