package io.abacus.app.cli.payout;

import io.abacus.testkit.Anvil;
import io.abacus.testkit.AnvilOptions;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PayoutKillTest}'s ten kills and resumes on a chain that mines a block every second, so
 * that kills also land while the run waits for receipts.
 */
class PayoutKillIntervalTest extends PayoutKills {
  @Test
  void intervalMining() throws Exception {
    try (Anvil anvil = Anvil.start(new AnvilOptions(31337, true, List.of("--block-time", "1")))) {
      killAndResume(anvil, new Random(1616));
    }
  }
}
