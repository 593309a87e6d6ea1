package io.abacus.explorer.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.explorer.rpc.BlockFetcher;
import io.abacus.wallet.address.Address;
import io.abacus.wallet.rpc.JsonRpcClient;
import io.abacus.wallet.rpc.RetryPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** First-seen and last scanned blocks are recorded, and a cancelled catch-up resumes. */
class HistoryStateFileTest {
  private static final Address ME = Address.parse("0x00000000000000000000000000000000000000aa");
  private static final String KEY = ME.toLowerHex();

  @Test
  void aNewAccountIsWatchedFromTheHeadAtFirstUse(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("h.json");
    history(new FakeNode(500, 10_000), file)
        .sync(List.of(ME), OptionalLong.empty(), HistoryProgress.none(), () -> false);

    JsonNode saved = new ObjectMapper().readTree(file.toFile());
    assertThat(saved.get("version").asInt()).isEqualTo(HistoryState.VERSION);
    assertThat(saved.at("/accounts/" + KEY + "/firstSeen").asLong()).isEqualTo(500);
    assertThat(saved.at("/accounts/" + KEY + "/scanned").asLong()).isEqualTo(500);
  }

  @Test
  void aCancelledCatchUpKeepsItsProgressAndResumes(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("h.json");
    List<Long> progress = new ArrayList<>();
    history(new FakeNode(500, 10_000), file)
        .sync(
            List.of(ME),
            OptionalLong.of(0),
            (s, h, f) -> progress.add(s),
            () -> !progress.isEmpty());
    assertThat(progress).containsExactly(199L);
    assertThat(
            new ObjectMapper().readTree(file.toFile()).at("/accounts/" + KEY + "/scanned").asLong())
        .isEqualTo(199);

    FakeNode node = new FakeNode(500, 10_000);
    progress.clear();
    history(node, file)
        .sync(List.of(ME), OptionalLong.empty(), (s, h, f) -> progress.add(f), () -> false);
    assertThat(progress).first().isEqualTo(200L - AccountHistory.REORG_DEPTH);
    assertThat(node.methods.stream().filter("eth_getBlockByNumber"::equals).count())
        .isEqualTo(500 - (200 - AccountHistory.REORG_DEPTH) + 1);
  }

  @Test
  void aFileOfAnotherChainIsRefused(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("h.json");
    Files.writeString(file, "{\"version\":1,\"chainId\":5,\"accounts\":{},\"items\":[]}");
    assertThatThrownBy(
            () ->
                history(new FakeNode(5, 10), file)
                    .sync(List.of(ME), OptionalLong.empty(), HistoryProgress.none(), () -> false))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("chain 5");
  }

  private static AccountHistory history(FakeNode node, Path file) {
    JsonRpcClient client = new JsonRpcClient(node, RetryPolicy.none());
    return new AccountHistory(new BlockFetcher(client, 50), client, 1, file);
  }
}
