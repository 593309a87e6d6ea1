package io.abacus.explorer.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import io.abacus.wallet.rpc.JsonRpcClient;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates to blocks by binary search on block timestamps (UTC days). */
@WithAnvil
class ChainBlocksAnvilTest {
  @Test
  void findsTheBlocksOfUtcDays(Anvil anvil) {
    long a = mineAt(anvil, "2030-01-01T10:00:00Z");
    long b = mineAt(anvil, "2030-01-02T00:00:00Z");
    long c = mineAt(anvil, "2030-01-02T23:59:59Z");
    long d = mineAt(anvil, "2030-01-04T00:00:00Z");
    try (JsonRpcClient client = StatementAnvilTest.client(anvil.rpcUrl())) {
      ChainBlocks blocks = new ChainBlocks(client);
      assertThat(blocks.days(day("2030-01-02"), day("2030-01-03")))
          .isEqualTo(new ChainBlocks.Range(b, c));
      assertThat(blocks.days(day("2030-01-01"), day("2030-01-01")))
          .isEqualTo(new ChainBlocks.Range(a, a));
      assertThat(blocks.days(day("2030-01-01"), day("2030-12-31")))
          .isEqualTo(new ChainBlocks.Range(a, d));
      assertThat(blocks.days(day("2000-01-01"), day("2030-01-01")).from()).isEqualTo(1);
      assertThatThrownBy(() -> blocks.days(day("2030-01-03"), day("2030-01-03")))
          .hasMessage("no blocks were mined from 2030-01-03 to 2030-01-03 (UTC)");
      assertThatThrownBy(() -> blocks.days(day("2030-01-05"), day("2030-01-04")))
          .hasMessageContaining("is before");
      assertThat(blocks.header(c).orElseThrow().time())
          .isEqualTo(Instant.parse("2030-01-02T23:59:59Z"));
    }
  }

  private static long mineAt(Anvil anvil, String time) {
    anvil.call("evm_mine", Instant.parse(time).getEpochSecond());
    return anvil.blockNumber();
  }

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }
}
