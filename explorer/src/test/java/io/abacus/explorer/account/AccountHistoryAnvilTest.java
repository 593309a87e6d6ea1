package io.abacus.explorer.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.explorer.Fixtures;
import io.abacus.explorer.TestChain;
import io.abacus.explorer.rpc.BlockFetcher;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.Contracts;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.rpc.HttpJsonRpcTransport;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.rpc.RetryPolicy;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

@WithAnvil
class AccountHistoryAnvilTest {
  private static final BigInteger E18 = BigInteger.TEN.pow(18);

  @Test
  void findsOwnMoneyWithoutAnIndexResumesAndForgetsDroppedPayments(Anvil anvil, @TempDir Path dir)
      throws Exception {
    TestChain chain = new TestChain(anvil);
    String token =
        Contracts.deploy(
            anvil,
            anvil.account(0),
            Contracts.openZeppelin("ERC20PresetMinterPauser"),
            FunctionEncoder.encodeConstructor(
                List.of(new Utf8String("Test Dollar"), new Utf8String("TUSD"))));
    Address me = Address.parse(anvil.account(8).address());
    AccountHistory history = history(anvil, dir.resolve("history.json"));
    assertThat(sync(history, me)).isEmpty();

    chain.sendEth(0, 8, E18.multiply(BigInteger.valueOf(3)));
    chain.call(
        0,
        token,
        TestChain.fn(
            "mint",
            new org.web3j.abi.datatypes.Address(me.toLowerHex()),
            new Uint256(E18.multiply(BigInteger.valueOf(1000)))));
    chain.sendEth(8, 8, E18.divide(BigInteger.TEN));
    chain.sendEth(8, 9, E18.divide(BigInteger.TWO));
    List<Long> progress = new ArrayList<>();
    List<ActivityItem> items =
        history.sync(List.of(me), OptionalLong.empty(), (s, h, f) -> progress.add(s), () -> false);

    assertThat(items)
        .extracting(
            i -> i.direction() + " " + i.asset() + " " + i.amount() + " " + (i.fee() != null))
        .containsExactly(
            "out ETH " + E18.divide(BigInteger.TWO) + " true",
            "self ETH " + E18.divide(BigInteger.TEN) + " true",
            "in " + token.toLowerCase() + " " + E18.multiply(BigInteger.valueOf(1000)) + " false",
            "in ETH " + E18.multiply(BigInteger.valueOf(3)) + " false");
    assertThat(items.get(3).counterparty()).isEqualTo(chain.account(0));
    assertThat(items.get(0).counterparty()).isEqualTo(chain.account(9));
    assertThat(items.get(0).time()).isPositive();
    assertThat(progress).last().isEqualTo(anvil.blockNumber());

    chain.sendEth(1, 8, BigInteger.valueOf(777));
    List<ActivityItem> resumed = sync(history(anvil, dir.resolve("history.json")), me);
    assertThat(resumed).hasSize(5);
    assertThat(resumed.get(0).amount()).isEqualTo(BigInteger.valueOf(777));
    assertThat(resumed.subList(1, 5)).isEqualTo(items);

    String snapshot = anvil.snapshot();
    chain.sendEth(2, 8, BigInteger.valueOf(555));
    assertThat(sync(history, me)).hasSize(6);
    anvil.revert(snapshot);
    anvil.mine(2);
    assertThat(sync(history, me)).isEqualTo(resumed);
  }

  private static List<ActivityItem> sync(AccountHistory history, Address me) throws Exception {
    return history.sync(List.of(me), OptionalLong.empty(), HistoryProgress.none(), () -> false);
  }

  private static AccountHistory history(Anvil anvil, Path file) {
    JsonRpcClient client =
        new JsonRpcClient(
            new HttpJsonRpcTransport(
                URI.create(anvil.rpcUrl()),
                Duration.ofSeconds(10),
                Duration.ofSeconds(60),
                Optional.empty()),
            RetryPolicy.standard());
    BlockFetcher fetcher = Fixtures.reader(anvil.rpcUrl(), 20);
    return new AccountHistory(fetcher, client, anvil.chainId(), file);
  }
}
