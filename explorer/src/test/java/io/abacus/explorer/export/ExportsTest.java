package io.abacus.explorer.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.abacus.wallet.csv.CsvWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportsTest {
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
