package io.abacus.explorer.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.explorer.rpc.BlockFetcher;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.rpc.RetryPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A node that refuses wide {@code eth_getLogs} ranges gets narrower ones until it answers. */
class LogRangeHalvingTest {
  private static final Address ME = Address.parse("0x00000000000000000000000000000000000000aa");

  @Test
  void halvesTheBlockRangeOnTooManyResultsAndCoversEveryBlock(@TempDir Path dir) throws Exception {
    FakeNode node = new FakeNode(40, 8);
    JsonRpcClient client = new JsonRpcClient(node, RetryPolicy.none());
    AccountHistory history =
        new AccountHistory(new BlockFetcher(client, 10), client, 1, dir.resolve("h.json"));

    history.sync(List.of(ME), OptionalLong.of(1), HistoryProgress.none(), () -> false);

    assertThat(node.refused).isPositive();
    List<long[]> answered = node.answered;
    assertThat(answered).allMatch(r -> r[1] - r[0] + 1 <= 8);
    // blocks 1..40, once with the account as sender and once as recipient, no gap or overlap
    assertThat(answered.stream().mapToLong(r -> r[1] - r[0] + 1).sum()).isEqualTo(2 * 40);
  }
}
