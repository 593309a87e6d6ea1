package io.abacus.app.cli.payout;

import io.abacus.testkit.Anvil;
import io.abacus.testkit.AnvilOptions;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@code payout run} in a child JVM killed with SIGKILL at ten seeded random moments (while
 * signing, between a broadcast and its journal write, while waiting for receipts) and resumed each
 * time, on a chain that mines each transaction at once: every recipient ends up paid exactly once,
 * by balance and by Transfer logs ({@link PayoutKillIntervalTest} does the same on a chain that
 * mines a block every second).
 */
class PayoutKillTest extends PayoutKills {
  @Test
  void automine() throws Exception {
    try (Anvil anvil = Anvil.start(AnvilOptions.defaults())) {
      killAndResume(anvil, new Random(16));
    }
  }
}
