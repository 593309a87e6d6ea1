package io.abacus.app.cli.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.abacus.app.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoctorCommandTest {
  @TempDir Path data;

  @Test
  void everyCheckPassesOnTheBuildRuntimeAndAnvilIsSkippedWhenNotPackaged() {
    CliRunner.Result r = new CliRunner(data).run("doctor");

    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> lines = r.out().strip().lines().toList();
    assertThat(lines)
        .extracting(line -> line.split("\\s+")[1])
        .containsExactly(
            "runtime",
            "sqlite",
            "migrations",
            "signing",
            "tls",
            "http-client",
            "anvil",
            "data-folder");
    assertThat(lines).filteredOn(l -> !l.contains(" anvil ")).allMatch(l -> l.startsWith("ok "));
    assertThat(r.out())
        .contains("SQLite 3.")
        .contains("applied a packaged migration")
        .containsPattern("TLS 1.3, \\d+ ECDHE cipher suites, \\d+ trusted roots")
        .containsPattern("skipped\\s+anvil\\s+abacus.anvil not set")
        .contains(data.toString());
  }

  @Test
  void jsonIsOneObjectWithEveryCheck() throws Exception {
    CliRunner.Result r = new CliRunner(data).run("doctor", "--json");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out().strip().lines()).hasSize(1);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("ok").asBoolean()).isTrue();
    List<String> statuses = new ArrayList<>();
    json.get("checks").forEach(c -> statuses.add(c.get("name") + "=" + c.get("status").asText()));
    assertThat(statuses).hasSize(8).contains("\"sqlite\"=ok", "\"anvil\"=skipped");
  }

  @Test
  void anUnwritableDataFolderFailsTheCheckAndTheCommand() throws Exception {
    Path notAFolder = Files.writeString(data.resolve("file"), "x");

    CliRunner.Result r = new CliRunner(notAFolder).run("doctor");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).containsPattern("failed\\s+data-folder\\s+\\S+");
    assertThat(r.err().strip()).isEqualTo("error: 1 of 8 checks failed");
  }

  @Test
  void theScratchDatabaseIsRemovedAndTheDataFolderLeftAsItWas() throws Exception {
    Files.writeString(data.resolve("wallet.json"), "{}");
    long scratchBefore = scratchFolders();

    assertThat(new CliRunner(data).run("doctor").exitCode()).isZero();

    try (var files = Files.list(data)) {
      // What the user had, plus at most the log folder every command may write.
      assertThat(files.map(p -> p.getFileName().toString()))
          .contains("wallet.json")
          .allMatch(n -> n.equals("wallet.json") || n.equals("logs"));
    }
    assertThat(Files.readString(data.resolve("wallet.json"))).isEqualTo("{}");
    assertThat(scratchFolders()).isEqualTo(scratchBefore);
  }

  private static long scratchFolders() throws Exception {
    try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(p -> p.getFileName().toString().startsWith("abacus-doctor")).count();
    }
  }
}
