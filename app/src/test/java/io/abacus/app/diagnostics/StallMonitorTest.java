package io.abacus.app.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class StallMonitorTest {

  @Test
  void aBlockedUiThreadIsReportedAsAStall() throws Exception {
    ExecutorService ui = Executors.newSingleThreadExecutor();
    try (StallMonitor monitor = new StallMonitor(ui, 5, 50).start()) {
      Thread.sleep(100);
      ui.execute(
          () -> {
            try {
              Thread.sleep(300); // a frozen window
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
      Thread.sleep(500);
      StallMonitor.Report report = monitor.report();
      assertThat(report.stalls()).isGreaterThanOrEqualTo(1);
      assertThat(report.maxMillis()).isGreaterThanOrEqualTo(200);
      assertThat(report.probes()).isGreaterThan(10);
    } finally {
      ui.shutdownNow();
    }
  }
}
