package io.abacus.wallet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputLimitsTest {
  @TempDir Path dir;

  @Test
  void aFileOverTheLimitIsRefusedNamingTheLimit() throws Exception {
    Path file = Files.write(dir.resolve("big.json"), new byte[1025]);
    assertThatThrownBy(() -> InputLimits.read(file, "transaction file", 1024))
        .isInstanceOf(InputLimits.InputTooLargeException.class)
        .hasMessage(
            "transaction file "
                + file
                + " is larger than the limit of 1 KiB; is it the right file?");
    assertThat(InputLimits.read(file, "transaction file", 1025)).hasSize(1025);
  }

  @Test
  void anEndlessFileStopsAtTheLimit() throws Exception {
    Path zero = Path.of("/dev/zero");
    if (Files.isReadable(zero)) {
      assertThatThrownBy(() -> InputLimits.read(zero, "CSV file", InputLimits.CSV_IMPORT))
          .hasMessageContaining("larger than the limit of 10 MiB");
    }
  }

  @Test
  void limitsReadAsUsersDo() {
    assertThat(InputLimits.describe(InputLimits.TRANSACTION_FILE)).isEqualTo("1 MiB");
    assertThat(InputLimits.describe(InputLimits.ABI_FILE)).isEqualTo("5 MiB");
    assertThat(InputLimits.describe(512 * 1024)).isEqualTo("512 KiB");
    assertThat(InputLimits.describe(100)).isEqualTo("100 bytes");
  }

  @Test
  void ownerOnlyCreatesAndTightensFiles() throws Exception {
    Path fresh = dir.resolve("abacus.log");
    PrivateFiles.createFile(fresh);
    Path loose = Files.writeString(dir.resolve("state.json"), "{}");
    PrivateFiles.createFile(loose);
    if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
      for (Path p : new Path[] {fresh, loose}) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
            .isEqualTo("rw-------");
      }
    }
    assertThat(Files.readString(loose)).isEqualTo("{}");
  }
}
