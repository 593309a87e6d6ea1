package io.abacus.app.cli.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.app.cli.CliRunner;
import io.abacus.explorer.db.ExplorerDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void importReportsEachLineThenExportRoundTripsIntoAFreshIndex() throws Exception {
    Path db = emptyIndex("a.db");
    Path in = dir.resolve("in.jsonl");
    Files.writeString(
        in,
        "{\"type\":\"addr\",\"ref\":\"0x70997970c51812dc3a010c7d01b50e0d17dc79c8\","
            + "\"label\":\"Bakery\"}\n"
            + "{\"type\":\"output\",\"ref\":\"f91d:1\",\"label\":\"coin\",\"spendable\":false}\n"
            + "{\"type\":\"tx\",\"ref\":\"0x"
            + "ab".repeat(32)
            + "\",\"label\":\"Rent\"}\n"
            + "garbage\n");
    CliRunner cli = new CliRunner(dir.resolve("data"));

    CliRunner.Result imported = cli.run("labels", "import", in.toString(), "--db", db.toString());
    assertThat(imported.exitCode()).isEqualTo(1); // one line could not be read
    assertThat(imported.out())
        .contains("line 1: added 0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
        .contains("line 2: skipped f91d:1 (\"output\" records have no meaning on EVM chains)")
        .contains("line 3: added 0x" + "ab".repeat(32))
        .contains("line 4: error (not a JSON object)")
        .contains("2 added, 0 updated, 0 removed, 0 unchanged, 1 skipped, 1 not read");

    Path out = dir.resolve("out.jsonl");
    CliRunner.Result exported = cli.run("labels", "export", out.toString(), "--db", db.toString());
    assertThat(exported.exitCode()).isZero();
    assertThat(exported.out()).contains("Wrote 2 labels to " + out);

    Path fresh = emptyIndex("b.db");
    CliRunner.Result again =
        cli.run("labels", "import", out.toString(), "--db", fresh.toString(), "--json");
    assertThat(again.exitCode()).isZero();
    JsonNode report = JSON.readTree(again.out());
    assertThat(report.path("added").asInt()).isEqualTo(2);
    assertThat(report.path("error").asInt()).isZero();
    Path roundTrip = dir.resolve("round.jsonl");
    assertThat(
            cli.run("labels", "export", roundTrip.toString(), "--db", fresh.toString()).exitCode())
        .isZero();
    assertThat(Files.readString(roundTrip)).isEqualTo(Files.readString(out));
  }

  @Test
  void aMissingIndexOrFileIsOneLine() throws Exception {
    CliRunner cli = new CliRunner(dir.resolve("data"));
    CliRunner.Result noIndex =
        cli.run("labels", "import", "x.jsonl", "--db", dir.resolve("none.db").toString());
    assertThat(noIndex.exitCode()).isEqualTo(1);
    assertThat(noIndex.err().strip()).startsWith("error: no index at").doesNotContain("\n");

    Path db = emptyIndex("a.db");
    CliRunner.Result noFile =
        cli.run("labels", "import", dir.resolve("none.jsonl").toString(), "--db", db.toString());
    assertThat(noFile.exitCode()).isEqualTo(1);
    assertThat(noFile.err().strip()).startsWith("error: cannot read").doesNotContain("\n");
  }

  private Path emptyIndex(String name) {
    Path db = dir.resolve(name);
    ExplorerDatabase.open(db);
    return db;
  }
}
