package io.abacus.app.payments.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.wallet.csv.Csv;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityCsvTest {
  @Test
  void labelsAndNotesThatLookLikeFormulasAreDefusedWhileAmountsStayNumeric() throws Exception {
    ActivityItem item =
        new ActivityItem(
            Instant.parse("2026-03-01T10:00:00.250Z"),
            ActivityItem.Direction.OUT,
            "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
            "=HYPERLINK(\"http://evil.example\",\"Bob\")",
            "ETH",
            "-1.5",
            "0.000021",
            "0xabc",
            ActivityItem.Status.CONFIRMED,
            3,
            "@SUM(1)",
            "-note",
            null);
    String text = ActivityCsv.render(List.of(item));
    String row = text.lines().toList().get(1);
    assertThat(row)
        .isEqualTo(
            "2026-03-01T10:00:00Z,out,0x70997970C51812dc3A010C7d01b50e0d17dc79C8,"
                + "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Bob\"\")\",ETH,-1.5,0.000021,0xabc,"
                + "confirmed,'@SUM(1),'-note");
    assertThat(Csv.read(new StringReader(text)).get(1).get(3))
        .isEqualTo("=HYPERLINK(\"http://evil.example\",\"Bob\")");
  }
}
