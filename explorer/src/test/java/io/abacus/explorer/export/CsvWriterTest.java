package io.abacus.explorer.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {
  @Test
  void followsRfc4180() throws Exception {
    StringWriter out = new StringWriter();
    CsvWriter csv = new CsvWriter(out, List.of("a", "b", "c"));
    csv.row("plain", "with,comma", "with \"quote\"");
    csv.row("line\nbreak", null, new BigInteger("123456789012345678901234567890"));
    assertThat(out.toString())
        .isEqualTo(
            "a,b,c\r\nplain,\"with,comma\",\"with \"\"quote\"\"\"\r\n\"line\nbreak\",,123456789012345678901234567890\r\n");
    assertThat(csv.rows()).isEqualTo(2);
  }

  @Test
  void timestampsAreIsoUtc() {
    assertThat(Exports.iso(Instant.ofEpochSecond(1_700_000_000))).isEqualTo("2023-11-14T22:13:20Z");
  }

  @Test
  void aFailedExportLeavesTheOldFileAlone(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("out.csv");
    Files.writeString(file, "old");
    try {
      Exports.toFile(
          file,
          w -> {
            w.write("partial");
            throw new java.io.IOException("disk full");
          });
    } catch (java.io.IOException expected) {
      assertThat(expected).hasMessage("disk full");
    }
    assertThat(Files.readString(file)).isEqualTo("old");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
    assertThat(Exports.toFile(file, w -> new CsvWriter(w, List.of("x")).rows())).isZero();
    assertThat(Files.readString(file)).isEqualTo("x\r\n");
  }
}
