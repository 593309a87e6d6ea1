package io.abacus.app.explorer.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.app.SpreadsheetSafe;
import io.abacus.app.explorer.ExplorerTestChain;
import io.abacus.app.explorer.IndexLocations;
import io.abacus.app.explorer.IndexSession;
import io.abacus.app.explorer.index.IndexManagerViewModel;
import io.abacus.app.i18n.I18n;
import io.abacus.app.task.TaskExecutor;
import io.abacus.explorer.query.QueryRecords;
import io.abacus.testkit.Anvil;
import io.abacus.testkit.WithAnvil;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Daily aggregates by id ranges agree with the explorer's own daily query, and export. */
@WithAnvil
class ChartsViewModelTest {
  @Test
  void dailyAggregatesMatchTheExplorersQueryAndExport(Anvil anvil, @TempDir Path data)
      throws Exception {
    ExplorerTestChain chain = new ExplorerTestChain(anvil);
    I18n i18n = new I18n(Locale.ENGLISH);
    try (IndexSession session =
        new IndexSession(chain.network, IndexLocations.of(data, chain.network))) {
      new IndexManagerViewModel(session, TaskExecutor.sameThread(), i18n).start();
      ChartsViewModel m = new ChartsViewModel(session, TaskExecutor.sameThread(), i18n);
      m.load();
      List<QueryRecords.Daily> days = m.days();
      assertThat(days).hasSizeGreaterThanOrEqualTo(3);
      assertThat(days)
          .containsExactlyElementsOf(
              session.stats().daily(days.get(0).day(), days.get(days.size() - 1).day()));
      assertThat(days.stream().mapToLong(QueryRecords.Daily::transactions).sum())
          .isEqualTo(chain.payments.size() + 3); // payments, the deployment, mint, transfer
      List<QueryRecords.Daily> bars = m.bars();
      assertThat(bars)
          .extracting(QueryRecords.Daily::day)
          .containsExactlyElementsOf(
              days.get(0).day().datesUntil(days.get(days.size() - 1).day().plusDays(1)).toList());
      assertThat(bars.size()).as("the chain skips days").isGreaterThan(days.size());
      assertThat(bars).containsAll(days);
      assertThat(bars).filteredOn(d -> !days.contains(d)).allMatch(d -> d.transactions() == 0);
      Path csv = data.resolve("daily.csv");
      m.exportCsv(csv);
      SpreadsheetSafe.assertSafe(csv);
      List<String> lines = Files.readAllLines(csv);
      assertThat(lines).hasSize(days.size() + 1);
      QueryRecords.Daily first = days.get(0);
      assertThat(lines.get(1))
          .isEqualTo(
              first.day()
                  + ","
                  + first.blocks()
                  + ","
                  + first.transactions()
                  + ","
                  + first.value()
                  + ","
                  + first.fees());
    }
  }
}
